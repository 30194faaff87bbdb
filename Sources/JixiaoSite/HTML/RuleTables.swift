import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// HTML tables generated from a policy's rules (front matter), placed on the policy page
/// where the author writes a ```` ```jixiao NAME ```` directive, or at the end of the page.
/// Every value is escaped; the page can never disagree with the computation.
struct RuleTables {
    let rules: RuleSet
    let loc: Localization
    /// Display names and units of formula names (`measures.csv`), by lowercase id.
    var names: [String: MeasureName] = [:]
    /// Every grade band of the company by id, for rules that name grades of a scale defined elsewhere.
    var gradeBands: [String: GradeBand] = [:]

    /// Directive names, in the order tables are appended when not placed by the author.
    static let names = [
        "scorecard", "grades", "eligibility", "tables", "ladder", "pay", "streaks", "alerts", "compositions", "calendar",
    ]

    private func esc(_ s: String) -> String { HTMLEscape.escape(s) }
    private func num(_ d: DecimalNumber?) -> String { d.map { MarkdownTable.grouped(loc.score($0)) } ?? "" }
    private func pct(_ d: DecimalNumber?) -> String { d.map { loc.score(($0 * .hundred).rounded(places: 4)) + "%" } ?? "" }

    /// A rule table; `rows` hold cell markup already escaped (made with ``esc(_:)`` and ``formula(_:label:)``).
    func table(_ caption: String, _ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var b = HTMLBuilder()
        let table = HTMLTable(
            tableClass: "rules", columns: headers.enumerated().map { HTMLTable.Column(label: $1, numeric: numeric.contains($0)) })
        table.render(into: &b, rows: rows.count) { b in
            b.text(caption)
        } row: { r, b in
            for (i, cell) in rows[r].enumerated() { HTMLTable.cell(&b, numeric: numeric.contains(i)) { b in b.raw(cell) } }
        }
        return b.html
    }

    /// Markup of an element holding escaped text, for a cell or a note.
    private func element(_ name: String, _ text: String, class cls: String? = nil) -> String {
        var b = HTMLBuilder()
        if let cls { b.element(name, class: cls, text: text) } else { b.element(name, text: text) }
        return b.html
    }

    /// The HTML of one directive, or `nil` when the rules have nothing of that kind.
    func html(_ name: String) -> String? {
        switch name {
        case "scorecard": return scorecardTable()
        case "grades": return gradesTable()
        case "eligibility": return eligibilityTable()
        case "tables": return rateTables()
        case "ladder": return ladderTable()
        case "pay": return payTable()
        case "streaks": return streaksTable()
        case "alerts": return alertsTable()
        case "compositions": return compositionsTable()
        case "calendar": return calendarTable()
        default: return nil
        }
    }

    /// The scorecard: items, weights or points, how each is scored.
    private func scorecardTable() -> String? {
        guard let card = rules.scorecard else { return nil }
        var rows: [[String]] = []
        func walk(_ items: [ScorecardItem], depth: Int) {
            for item in items {
                let indent = loc.indent(depth)
                var how: [String] = []
                if let f = item.formula { how.append(inWords(f.text)) }
                if !item.ratings.isEmpty {
                    how.append(esc(item.ratings.map { "\(displayName($0.measure)) × \(pct($0.weight))" }.joined(separator: " + ")))
                }
                if let m = item.measure { how.append(esc(loc.text(displayName(m)))) }
                if let floor = item.floor { how.append(esc("\(loc["floor"]) \(num(floor))")) }
                if let cap = item.cap { how.append(esc("\(loc["cap"]) \(num(cap))")) }
                if item.lowerIsBetter { how.append(esc(loc["lower_is_better"])) }
                rows.append([
                    esc(indent + (item.dimension.map { loc.text($0) + " · " } ?? "") + loc.name(item.name, english: item.nameEN)),
                    card.scoring == .points ? num(item.points) : pct(item.weight),
                    how.joined(separator: HTMLBuilder.lineBreak), esc(item.target.map(loc.text) ?? ""),
                    esc(item.source.map(loc.text) ?? ""),
                ])
                walk(item.items, depth: depth + 1)
            }
        }
        walk(card.items, depth: 0)
        let name = card.name.isEmpty ? loc["scorecard"] : loc.name(card.name, english: card.nameEN)
        let title = name + (card.scoring == .points ? " (\(num(card.total)))" : "")
        let headers = [loc["item"], card.scoring == .points ? loc["points"] : loc["weight"], loc["how_computed"], loc["target"], loc["source"]]
        // Target and source columns nobody filled in are left out.
        let shown = Self.shownColumns(rows, count: headers.count, keep: [0, 1, 2])
        return table(title, shown.map { headers[$0] }, rows.map { row in shown.map { row[$0] } }, numeric: [1])
    }

    /// The grade bands, the coefficient formula and the distribution limit.
    private func gradesTable() -> String? {
        guard let bands = rules.scorecard?.grades, !bands.isEmpty else { return nil }
        var html = table(
            loc["grades_table"], [loc["grade"], loc["min_score"], loc["coefficient"]],
            bands.map { [esc(loc.name($0.name, english: $0.nameEN)), num($0.min), num($0.coefficient)] }, numeric: [1, 2])
        if let c = rules.scorecard?.coefficient {
            html += element("p", loc.labelled(loc["coefficient"], capitalized(words.phrase(c.text))))
            html += formula(c.text, label: loc["coefficient"] + " · " + loc["formula_details"])
        }
        if let d = rules.scorecard?.distribution {
            html += element("p", d.grades.map(gradeName).joined(separator: loc["list_separator"]) + " ≤ " + pct(d.maxShare))
        }
        return html
    }

    /// Who is not assessed, and when.
    private func eligibilityTable() -> String? {
        guard !rules.eligibility.isEmpty else { return nil }
        return table(
            loc["eligibility"], [loc["reason"], loc["condition"]],
            rules.eligibility.map { [esc(loc.name($0.reason, english: $0.reasonEN)), inWords($0.when.text)] })
    }

    /// The rate tables, one table each.
    private func rateTables() -> String? {
        guard !rules.tables.isEmpty else { return nil }
        var html = ""
        for name in rules.tables.keys.sorted() {
            let t = rules.tables[name]!
            var caption = loc.labelled(loc["rate_tables"], displayName(name))
            if let m = t.minimum { caption += " (\(loc["table_minimum"]) \(loc.number(m, places: 0)))" }
            let rows = t.brackets.map { [esc(boundText($0)), pct($0.rate), num($0.fixed), num($0.value)] }
            // Columns with nothing to say (速算额 all zero, 数值 empty) are left out.
            let shown = Self.shownColumns(rows, count: 4, keep: [0])
            let headers = [loc["from_amount"], loc["rate"], loc["fixed_amount"], loc["lookup_value"]]
            html += table(
                caption, shown.map { headers[$0] }, rows.map { row in shown.map { row[$0] } },
                numeric: Set(shown.indices.filter { shown[$0] > 0 }))
            html += calculatorsHTML(for: name)
        }
        return html
    }

    /// The levels of the ladder and what each requires.
    private func ladderTable() -> String? {
        guard let ladder = rules.ladder else { return nil }
        var rows: [[String]] = []
        for level in ladder.levels {
            let reqs = level.requirements.map { esc(loc.name($0.name, english: $0.nameEN)) + HTMLBuilder.lineBreak + inWords($0.when.text) }
                .joined(separator: HTMLBuilder.lineBreak)
            rows.append([esc(loc.name(level.name, english: level.nameEN)), reqs])
        }
        let title = ladder.name.isEmpty ? loc["ladder"] : loc.name(ladder.name, english: ladder.nameEN)
        return table(title, [loc["current_level"], loc["requirements"]], rows)
    }

    /// The pay items.
    private func payTable() -> String? {
        guard !rules.pay.isEmpty else { return nil }
        return table(
            loc["pay_items"], [loc["pay_item"], loc["kind"], loc["how_computed"], loc["months_applicable"]],
            rules.pay.map {
                [
                    esc(loc.name($0.name, english: $0.nameEN))
                        + ($0.note.map { HTMLBuilder.lineBreak + element("span", loc.text($0), class: "muted") } ?? ""),
                    esc(loc["kind_\($0.kind.rawValue)"]), inWords($0.formula.text, money: true), esc(monthsText($0.months)),
                ]
            }) + payCalculatorsHTML()
    }

    /// The streaks and their rewards.
    private func streaksTable() -> String? {
        guard !rules.streaks.isEmpty else { return nil }
        return table(
            loc["streaks"], [loc["name"], loc["grade"], loc["consecutive_months"], loc["reward"], loc["alert"]],
            rules.streaks.map {
                [
                    esc(loc.name($0.name, english: $0.nameEN)),
                    esc($0.grades.map(gradeName).joined(separator: loc["list_separator"])) + ($0.when.map { HTMLBuilder.lineBreak + inWords($0.text) } ?? ""),
                    String($0.months),
                    $0.reward.map { esc(loc.money($0)) } ?? "", esc($0.alert.map(loc.text) ?? ""),
                ]
            }, numeric: [2])
    }

    /// The alert rules.
    private func alertsTable() -> String? {
        guard !rules.alerts.isEmpty else { return nil }
        return table(
            loc["alerts"], [loc["message"], loc["condition"], loc["severity"]],
            rules.alerts.map {
                [esc(loc.name($0.message, english: $0.messageEN)), inWords($0.when.text), esc(loc["severity_\($0.severity.rawValue)"])]
            })
    }
}
