import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

extension RuleTables {
    /// The second compositions: each part, its weight and how it is computed; the caption
    /// reads the whole composition ("季度评优合成口径 = 销售业绩结果 × 60% + 部门内部评价 × 40%").
    func compositionsTable() -> String? {
        guard !rules.compositions.isEmpty else { return nil }
        return rules.compositions.map { c in
            let sum = c.parts.map { "\(loc.name($0.name, english: $0.nameEN)) × \(percentText($0.weight))" }.joined(separator: " + ")
            return table(
                "\(loc.name(c.name, english: c.nameEN)) = \(sum)", [loc["composition_part"], loc["weight"], loc["how_computed"]],
                c.parts.map { [HTMLEscape.escape(loc.name($0.name, english: $0.nameEN)), HTMLEscape.escape(percentText($0.weight)), inWords($0.formula.text)] },
                numeric: [1])
        }.joined()
    }

    /// The assessment calendar: each stage and review with its due day and whom it concerns,
    /// then the publication day and the rule for due days off.
    func calendarTable() -> String? {
        guard let calendar = rules.calendar else { return nil }
        var rows: [[String]] = calendar.stages.map { stage in
            let due =
                stage.isReview
                ? loc.format(stage.dueDay >= 31 ? "calendar_due_review_last" : "calendar_due_review", ["day": "\(stage.dueDay)"])
                : loc.format(
                    stage.dueMonthsAfter == 1 ? "calendar_due_next" : "calendar_due_stage",
                    ["day": "\(stage.dueDay)", "months": "\(stage.dueMonthsAfter)"])
            var who = monthsText(stage.months)
            if let when = stage.when { who = HTMLEscape.escape(who) + HTMLBuilder.lineBreak + inWords(when.text) } else { who = HTMLEscape.escape(who) }
            return [HTMLEscape.escape(loc.name(stage.name, english: stage.nameEN)), HTMLEscape.escape(due), who]
        }
        rows.append([
            HTMLEscape.escape(loc["calendar_publication"]),
            HTMLEscape.escape(
                loc.format("calendar_publish_rule", count: calendar.publishMonthsAfter, ["months": "\(calendar.publishMonthsAfter)", "day": "\(calendar.publishWorkingDay)"])),
            HTMLEscape.escape(loc["every_month"]),
        ])
        let caption = loc[calendar.movesDueToWorkingDay ? "calendar_rules_moved" : "calendar_rules_kept"]
        return table(caption, [loc["calendar_stage"], loc["calendar_due"], loc["calendar_applies"]], rows)
    }

    /// A weight as a percentage: 0.6 → "60%".
    private func percentText(_ weight: DecimalNumber) -> String {
        loc.score((weight * .hundred).rounded(places: 4)) + "%"
    }
}
