import JixiaoCore
import JixiaoMarkdown
extension RuleParser {
    /// `tables`: named rate tables (and where each is declared) into `set`.
    func parseTables(_ v: YAMLValue, into set: inout RuleSet, _ diagnostics: inout Diagnostics) {
        if let pairs = v.pairs {
            for pair in pairs {
                if let table = parseTable(pair.value, name: pair.key, &diagnostics) {
                    set.tables[pair.key.lowercased()] = table
                    set.tableLocations[pair.key.lowercased()] = pair.keyLocation
                }
            }
        } else {
            diagnostics.error(v.location, "tables must be a mapping of table names to tables", fix: "write  commission:  then  brackets:")
        }
    }

    /// `variables`: named helper formulas, in the order written.
    func parseVariables(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [(name: String, formula: FormulaSource)] {
        var found: [(name: String, formula: FormulaSource)] = []
        if let pairs = v.pairs {
            for pair in pairs {
                guard ContentLoader.isValidMeasureName(pair.key) else {
                    diagnostics.error(
                        pair.keyLocation, "variable name \"\(pair.key)\" is not a valid name",
                        fix: "use lower-case ASCII letters, digits and _, starting with a letter")
                    continue
                }
                if let f = pair.value.formula("variable \(pair.key)", &diagnostics) { found.append((pair.key, f)) }
            }
        } else {
            diagnostics.error(
                v.location, "variables must be a mapping of names to formulas", fix: "write  completion: sales / sales_target")
        }
        return found
    }

    /// `eligibility`: reasons not to assess someone.
    func parseEligibility(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [EligibilityRule] {
        var found: [EligibilityRule] = []
        for item in list(v, "eligibility", &diagnostics) {
            guard let m = item.mapping("an eligibility rule", allowed: ["reason", "reason_en", "when"], &diagnostics) else { continue }
            guard let reason = required(m, "reason", item, &diagnostics)?.string("reason", &diagnostics),
                let when = required(m, "when", item, &diagnostics)?.formula("when", &diagnostics)
            else { continue }
            found.append(EligibilityRule(reason: reason, reasonEN: english(m, "reason", &diagnostics), when: when))
        }
        return found
    }

    /// `streaks`: streak rules (by grade or by condition).
    func parseStreaks(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [StreakRule] {
        var found: [StreakRule] = []
        for item in list(v, "streaks", &diagnostics) {
            guard
                let m = item.mapping(
                    "a streak rule", allowed: ["id", "name", "name_en", "grades", "when", "months", "reward", "alert", "alert_en", "gaps"],
                    &diagnostics)
            else { continue }
            guard let id = required(m, "id", item, &diagnostics)?.string("id", &diagnostics),
                let months = required(m, "months", item, &diagnostics)?.integer("months", &diagnostics)
            else { continue }
            let grades = m["grades"].flatMap { $0.stringList("grades", &diagnostics) } ?? []
            let when = m["when"].flatMap { $0.formula("when", &diagnostics) }
            if grades.isEmpty && when == nil {
                diagnostics.error(
                    item.location, "streak \(id) needs grades or a when condition", fix: "add  grades: [excellent]  or  when: score >= 90")
                continue
            }
            if months < 1 { diagnostics.error(m["months"]!.location, "months must be at least 1", fix: "write e.g. months: 3"); continue }
            let reward = m["reward"].flatMap { $0.number("reward", &diagnostics) }
            let alert = m["alert"].flatMap { $0.string("alert", &diagnostics) }
            var rule = StreakRule(
                id: id, name: m["name"].flatMap { $0.string("name", &diagnostics) } ?? id, grades: grades,
                when: when, months: months, reward: reward, alert: alert, location: item.location)
            rule.nameEN = english(m, "name", &diagnostics)
            rule.alertEN = english(m, "alert", &diagnostics)
            if let g = m["gaps"], let text = g.string("gaps", &diagnostics) {
                if let gaps = StreakRule.Gaps(rawValue: text) {
                    rule.gaps = gaps
                } else {
                    diagnostics.error(
                        g.location, "gaps must be break or skip",
                        fix: "write gaps: skip when a month not assessed neither breaks nor counts")
                }
            }
            found.append(rule)
        }
        return found
    }

    /// `alerts`: alert rules with their severity.
    func parseAlerts(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [AlertRule] {
        var found: [AlertRule] = []
        for item in list(v, "alerts", &diagnostics) {
            guard let m = item.mapping("an alert rule", allowed: ["id", "message", "message_en", "when", "severity"], &diagnostics) else {
                continue
            }
            guard let id = required(m, "id", item, &diagnostics)?.string("id", &diagnostics),
                let message = required(m, "message", item, &diagnostics)?.string("message", &diagnostics),
                let when = required(m, "when", item, &diagnostics)?.formula("when", &diagnostics)
            else { continue }
            var severity = Alert.Severity.warning
            if let s = m["severity"], let text = s.string("severity", &diagnostics) {
                if let parsed = Alert.Severity(rawValue: text) {
                    severity = parsed
                } else {
                    diagnostics.error(s.location, "severity must be info, warning or critical", fix: "write severity: critical")
                }
            }
            found.append(
                AlertRule(id: id, message: message, messageEN: english(m, "message", &diagnostics), when: when, severity: severity))
        }
        return found
    }

    /// `ranges`: plausible [min, max] of measures.
    func parseRanges(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [MeasureRange] {
        var found: [MeasureRange] = []
        if let pairs = v.pairs {
            for pair in pairs {
                guard let bounds = pair.value.items, bounds.count == 2 else {
                    diagnostics.error(
                        pair.value.location, "the range of \(pair.key) must be a list [min, max]", fix: "write  \(pair.key): [0, 100]")
                    continue
                }
                let low = bounds[0].isNull ? nil : bounds[0].number("the lower bound", &diagnostics)
                let high = bounds[1].isNull ? nil : bounds[1].number("the upper bound", &diagnostics)
                found.append(MeasureRange(measure: pair.key.lowercased(), min: low, max: high, location: pair.keyLocation))
            }
        } else {
            diagnostics.error(v.location, "ranges must map measures to [min, max]", fix: "write  satisfaction: [0, 100]")
        }
        return found
    }

    /// `pay`: the pay items of a pay plan.
    func parsePay(_ v: YAMLValue, _ diagnostics: inout Diagnostics) -> [PayItem] {
        var found: [PayItem] = []
        var seen: Set<String> = []
        for item in list(v, "pay", &diagnostics) {
            guard
                let m = item.mapping(
                    "a pay item", allowed: ["id", "name", "name_en", "formula", "kind", "months", "note", "note_en"], &diagnostics)
            else { continue }
            guard let id = required(m, "id", item, &diagnostics)?.string("id", &diagnostics),
                let name = required(m, "name", item, &diagnostics)?.string("name", &diagnostics),
                let formula = required(m, "formula", item, &diagnostics)?.formula("formula", &diagnostics)
            else { continue }
            guard isNewID(id, of: m, what: "pay item", within: "", seen: &seen, &diagnostics) else { continue }
            var kind = PayItem.Kind.earning
            if let k = m["kind"], let text = k.string("kind", &diagnostics) {
                if let parsed = PayItem.Kind(rawValue: text) {
                    kind = parsed
                } else {
                    diagnostics.error(k.location, "kind must be earning, deduction or info", fix: "write kind: deduction")
                }
            }
            var months: [Int] = []
            if let mv = m["months"] {
                let values = mv.items ?? [mv]
                for value in values {
                    if let n = value.integer("months", &diagnostics) {
                        if (1...12).contains(n) {
                            months.append(n)
                        } else {
                            diagnostics.error(
                                value.location, "\(n) is not a calendar month", fix: "write months 1 to 12, e.g. months: [12]")
                        }
                    }
                }
            }
            found.append(
                PayItem(
                    id: id, name: name, nameEN: m["name_en"].flatMap { $0.string("name_en", &diagnostics) },
                    formula: formula, kind: kind, months: months,
                    note: m["note"].flatMap { $0.string("note", &diagnostics) }, noteEN: english(m, "note", &diagnostics)))
        }
        return found
    }

}
