import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A formula in the page's language (issue 15, item 2): `IF(full_attendance,
/// full_attendance_bonus, 0)` → "全勤时为 全勤奖金额，否则为 ¥0" / "Full-attendance bonus if
/// Full attendance, otherwise ¥0". Names become their display names (`measures.csv`),
/// comparisons and functions become words (`fw_*` locale patterns), constants in a money
/// context become ¥ amounts. What cannot be phrased falls back to the formula text with
/// display names put in place of the names (``substituted(_:)``).
struct FormulaWords {
    let loc: Localization
    /// The display name of a formula name.
    let name: (String) -> String
    /// The table names' display names, for `PROGRESSIVE(sales, commission)`.
    let table: (String) -> String

    /// Arithmetic precedence, to put parentheses where the words need them.
    enum Level: Int, Comparable {
        case condition = 0, sum, product, power, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The words of `text` (a money amount when `money`), or the substituted formula when a
    /// part has no words.
    func phrase(_ text: String, money: Bool = false) -> String {
        guard let formula = try? Formula.parse(text, origin: SourceLocation(file: "")) else { return text }
        return words(formula.root, money: money)?.text ?? substituted(formula)
    }

    /// The formula text with each name replaced by its display name (`sales` → 当月销售额).
    func substituted(_ formula: Formula) -> String {
        var out = "", word = ""
        func flush() {
            if !word.isEmpty { out += formula.identifiers.contains(word.lowercased()) ? name(word.lowercased()) : word }
            word = ""
        }
        for c in formula.source {
            if c.isLetter || c.isNumber || c == "_" || (c == "." && !word.isEmpty && !(word.first?.isNumber ?? false)) {
                word.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }

    /// A constant: `20%` stays a rate, money gets the currency sign, both grouped by thousands.
    func number(_ d: DecimalNumber, money: Bool) -> String {
        let text = MarkdownTable.grouped(loc.score(d))
        return money ? String(loc.money(.zero).dropLast(4)) + text : text
    }

    /// A pattern with its values filled in; in Chinese with a space where a value and the
    /// pattern's own words meet between a Latin letter or digit and a Han character
    /// (`达到 1` + `时为` → `达到 1 时为`), as the patterns' own spaces do around their numbers.
    func fill(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        guard loc.isChinese else { return loc.format(key, values) }
        let marked = Localization.filling(loc[key], pairs: values.map { (key: $0.key, value: "\(Self.seam)\($0.value)\(Self.seam)") })
        return Self.spacedSeams(marked)
    }
}
