extension RuleSet {
    /// Every display text of these rules with its English twin (`nil` when the content gives
    /// none) and what it is, in declaration order: names (`name_en` of scorecards, items,
    /// grades, streaks, ladders, levels, requirements, pay items, stages, compositions), alert
    /// messages (`message_en`, a streak's `alert_en`), reasons not to assess (`reason_en`), pay
    /// notes (`note_en`) and scorecard item texts (`measure_en`, `target_en`, `source_en`,
    /// `dimension_en`).
    public var displayTexts: [(what: String, text: String, english: String?)] {
        var texts: [(what: String, text: String, english: String?)] = []
        func add(_ what: String, _ text: String?, _ english: String?) {
            if let text, !text.isEmpty { texts.append((what, text, english)) }
        }
        if let card = scorecard {
            add("scorecard name", card.name, card.nameEN)
            for band in card.grades { add("grade \(band.id) name", band.name, band.nameEN) }
            var items = card.items, next = 0
            while next < items.count {
                let item = items[next]
                next += 1
                add("item \(item.id) name", item.name, item.nameEN)
                for (key, text) in [
                    ("measure", item.measure), ("target", item.target), ("source", item.source), ("dimension", item.dimension),
                ] {
                    add("item \(item.id) \(key)", text, item.english[key])
                }
                items += item.items
            }
        }
        for rule in eligibility { add("eligibility reason", rule.reason, rule.reasonEN) }
        for rule in streaks {
            add("streak \(rule.id) name", rule.name, rule.nameEN)
            add("streak \(rule.id) alert", rule.alert, rule.alertEN)
        }
        for rule in alerts { add("alert \(rule.id) message", rule.message, rule.messageEN) }
        if let ladder {
            add("ladder name", ladder.name, ladder.nameEN)
            for level in ladder.levels {
                add("level \(level.id) name", level.name, level.nameEN)
                for requirement in level.requirements { add("level \(level.id) requirement", requirement.name, requirement.nameEN) }
            }
        }
        for item in pay {
            add("pay item \(item.id) name", item.name, item.nameEN)
            add("pay item \(item.id) note", item.note, item.noteEN)
        }
        for stage in calendar?.stages ?? [] { add("stage \(stage.id) name", stage.name, stage.nameEN) }
        for composition in compositions {
            add("composition \(composition.id) name", composition.name, composition.nameEN)
            for part in composition.parts { add("composition part \(part.id) name", part.name, part.nameEN) }
        }
        return texts
    }

    /// The display texts that have an English twin, as Chinese → English (the first twin
    /// given for a text wins).
    public var englishTwins: [String: String] {
        var twins: [String: String] = [:]
        for t in displayTexts { if let english = t.english, twins[t.text] == nil { twins[t.text] = english } }
        return twins
    }
}
