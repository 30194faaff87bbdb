import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Rules in words: months by name, grouped thresholds, grade names, collapsed formulas.
extension RuleTables {
    /// The months a pay item applies in: "每月" / "Every month" when none are listed,
    /// otherwise "每年 6、12 月" / "every June, December" (`every_year_months`, `month_names_long`).
    func monthsText(_ months: [Int]) -> String {
        guard !months.isEmpty else { return loc["every_month"] }
        let names = loc["month_names_long"].split(separator: " ").map(String.init)
        let list = months.map { names.indices.contains($0 - 1) ? names[$0 - 1] : String($0) }
        return loc.format("every_year_months", ["months": list.joined(separator: loc["list_separator"])])
    }

    /// A bracket's lower bound with thousands separators: "> 20,000", "≥ 0.5".
    func boundText(_ bracket: RateBracket) -> String {
        let plain = bracket.lower.plainText
        let places = plain.split(separator: ".").dropFirst().first?.count ?? 0
        return (bracket.inclusive ? "≥ " : "> ") + loc.number(bracket.lower, places: places)
    }

    /// The display name of a grade id from the scorecard's bands ("excellent" → "优秀"), or the id.
    func gradeName(_ id: String) -> String {
        guard let band = rules.scorecard?.grades.first(where: { $0.id == id }) ?? gradeBands[id] else { return id }
        return loc.name(band.name, english: band.nameEN)
    }

    /// The exact formula for HR, collapsed: `<details class="formula"><summary>公式</summary><code>…</code></details>`
    /// (`label` replaces 公式 / Formula).
    func formula(_ text: String, label: String? = nil) -> String {
        var b = HTMLBuilder()
        b.open("details", class: "formula")
        b.element("summary", text: label ?? loc["formula_details"])
        b.element("code", text: text)
        b.close("details")
        return b.html
    }

    /// The indices of the columns that have at least one non-empty cell other than "0";
    /// `keep` columns are always kept.
    static func shownColumns(_ rows: [[String]], count: Int, keep: Set<Int>) -> [Int] {
        (0..<count).filter { c in keep.contains(c) || rows.contains { c < $0.count && !$0[c].isEmpty && $0[c] != "0" && $0[c] != "0%" } }
    }
}

extension RuleTables {
    /// The display name of a formula name in the page's language (`sales` → "当月销售额" /
    /// "Monthly sales"), from `measures.csv`; the name as written when undeclared.
    func displayName(_ id: String) -> String {
        let key = id.lowercased()
        if let n = names[key] { return loc.name(n.name, english: n.nameEN) }
        let payID = key.hasPrefix("pay.") ? String(key.dropFirst(4)) : key
        if let item = rules.pay.first(where: { $0.id.lowercased() == payID }) { return loc.name(item.name, english: item.nameEN) }
        let itemID = key.hasPrefix("items.") ? String(key.dropFirst(6)) : key
        if let item = scorecardItem(itemID) { return loc.name(item.name, english: item.nameEN) }
        return id
    }

    /// The scorecard item with id `id`, at any depth.
    func scorecardItem(_ id: String) -> ScorecardItem? {
        var stack = rules.scorecard?.items ?? []
        while let item = stack.popLast() {
            if item.id.lowercased() == id { return item }
            stack += item.items
        }
        return nil
    }

    /// The display name with its unit: "当月销售额（元）" / "Monthly sales (CNY)" (`name_with_unit`).
    func displayLabel(_ id: String) -> String {
        guard let n = names[id.lowercased()] else { return displayName(id) }
        let unit = loc.isChinese ? n.unit : (n.unitEN ?? n.unit)
        guard let unit else { return displayName(id) }
        return loc.format("name_with_unit", ["name": displayName(id), "unit": unit])
    }
}

extension RuleTables {
    /// The phraser for this page's language and names.
    var words: FormulaWords {
        FormulaWords(loc: loc, name: { self.phraseName($0) }, table: { self.phraseName($0) })
    }

    /// A name inside a sentence: the display name, `dept.x` as "部门…" / "the department's …";
    /// in English with a lower-case first letter ("monthly sales").
    func phraseName(_ id: String) -> String {
        var text = displayName(id)
        if text == id, id.hasPrefix("dept.") { text = loc.format("fw_dept", ["m": phraseName(String(id.dropFirst(5)))]) }
        guard !loc.isChinese, let first = text.first, text.dropFirst().first?.isUppercase != true else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// English sentences start with a capital letter; Chinese text is returned as is.
    func capitalized(_ text: String) -> String {
        guard !loc.isChinese, let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A formula as a cell: the words, then the exact formula collapsed for HR.
    func inWords(_ text: String, money: Bool = false) -> String {
        // A formula that is only a variable's name reads as the variable's definition.
        let bare = text.trimmingCharacters(in: .whitespaces).lowercased()
        let shown = rules.variables.first { $0.name.lowercased() == bare }?.formula.text ?? text
        return HTMLEscape.escape(capitalized(words.phrase(shown, money: money))) + formula(text)
    }
}
