import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// The interface strings of one locale (from `site-templates/locales/<locale>.yaml`, or the
/// content folder's override) and number, money and date formatting for it.
public struct Localization: Sendable {
    /// `zh-CN` or `en`.
    public let locale: String
    /// Strings by key.
    public let strings: [String: String]
    /// ISO currency code.
    public let currency: String
    /// Date patterns and month names (`month_format`, `day_format`, `quarter_format`,
    /// `year_format`, `month_names`), parsed once.
    private let monthPattern, dayPattern, quarterPattern, yearPattern: DatePattern
    private let monthNames: [String]
    /// English twins of the content's display texts (Chinese → English), see `text(_:)`.
    var contentEnglish: [String: String] = [:]

    /// Keys the generator itself uses for separators, patterns and the page script, beyond
    /// the ones the templates name; the build checks that a locale file defines them all.
    public static let generatorKeys = [
        "label_separator", "list_separator", "section_link", "employee_id", "rows_shown", "filter_status",
        "month_format", "day_format", "quarter_format", "year_format", "month_names",
    ]

    /// Creates a localization.
    public init(locale: String, strings: [String: String], currency: String = "CNY") {
        self.locale = locale
        self.strings = strings
        self.currency = currency
        monthPattern = DatePattern(strings["month_format"] ?? "{year}-{month}")
        dayPattern = DatePattern(strings["day_format"] ?? "{year}-{month}-{day}")
        quarterPattern = DatePattern(strings["quarter_format"] ?? "{year} Q{quarter}")
        yearPattern = DatePattern(strings["year_format"] ?? "{year}")
        monthNames = (strings["month_names"] ?? "").split(separator: " ").map(String.init)
    }

    /// Whether the interface is Chinese.
    public var isChinese: Bool { locale.hasPrefix("zh") }

    /// A name in the interface language: the Chinese `name`, or its `english` form (when the
    /// content gives one) on an English site. Every localized name on the site goes through here.
    public func name(_ name: String, english: String?) -> String {
        isChinese ? name : (english ?? name)
    }

    /// A label and its value joined by the locale's separator (`label_separator`):
    /// `当前月份：2026年11月` / `Current month: Nov 2026`.
    public func labelled(_ label: String, _ value: String) -> String {
        label + self["label_separator"] + value
    }

    /// A pattern string by key with each `{name}` replaced by its value.
    public func format(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        Self.filling(self[key], values)
    }

    /// `pattern` with every `{name}` of `values` replaced by its value, in one pass over the
    /// UTF-8 bytes (the pages fill thousands of patterns a build): a value is put in as it is,
    /// never read again for fields, and a `{…}` that names no value stays as written.
    static func filling(_ pattern: String, _ values: KeyValuePairs<String, String>) -> String { filling(pattern, pairs: values) }

    /// ``filling(_:_:)`` with any collection of names and values.
    static func filling<Values: Collection<(key: String, value: String)>>(_ pattern: String, pairs values: Values) -> String {
        var pattern = pattern
        let filled: [UInt8]? = pattern.withUTF8 { bytes in
            var out: [UInt8] = []
            var copied = 0, i = 0
            while i < bytes.count {
                guard bytes[i] == 0x7B, let value = value(named: bytes, after: i, in: values) else {
                    i += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(bytes.count + 32) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: value.value.utf8)
                i = value.end
                copied = i
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
        guard let filled else { return pattern }
        return String(decoding: filled, as: UTF8.self)
    }

    /// The value whose name stands between the `{` at `open` and the next `}`, and the
    /// position after that `}`; `nil` when no value has that name.
    private static func value<Values: Collection<(key: String, value: String)>>(
        named bytes: UnsafeBufferPointer<UInt8>, after open: Int, in values: Values
    ) -> (value: String, end: Int)? {
        var close = open + 1
        while close < bytes.count, bytes[close] != 0x7D { close += 1 }
        guard close < bytes.count else { return nil }
        let name = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close])
        for (key, value) in values where key.utf8.elementsEqual(name) { return (value, close + 1) }
        return nil
    }

    /// A string by key; the key itself when missing (the build validates keys beforehand).
    public subscript(key: String) -> String { strings[key] ?? key }

    /// Reads a locale file (a flat YAML mapping of strings).
    public static func parse(_ text: String, file: String, locale: String, currency: String) -> Result<Localization, DiagnosticError> {
        var diagnostics = Diagnostics()
        switch YAMLParser.parse(text, file: file) {
        case .failure(let d): return .failure(DiagnosticError(d))
        case .success(let value):
            guard let pairs = value.pairs else {
                return .failure(
                    DiagnosticError(
                        .error(value.location, "a locale file must be a mapping of keys to strings", fix: "write lines like  home: 首页")))
            }
            var strings: [String: String] = [:]
            for pair in pairs {
                if let s = pair.value.string("the string \(pair.key)", &diagnostics) { strings[pair.key] = s }
            }
            if diagnostics.hasErrors { return .failure(DiagnosticError(diagnostics.sorted)) }
            return .success(Localization(locale: locale, strings: strings, currency: currency))
        }
    }

    /// Groups the whole part with commas: `12345.6` → `12,345.60` with `places` = 2.
    public func number(_ value: DecimalNumber, places: Int) -> String {
        let text = value.formatted(places: places)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A score with up to two decimals, trailing zeros dropped (`87.5`, `90`).
    public func score(_ value: DecimalNumber?) -> String {
        guard let value else { return "—" }
        return DecimalNumber.text(of: value.rounded(places: 2).raw, minFraction: 0, maxFraction: 2)
    }

    /// A signed change: `+2.5`, `−1.25`, `0`.
    public func change(_ value: DecimalNumber?) -> String {
        guard let value else { return "—" }
        let text = score(value.magnitude)
        if value.isZero || text == "0" { return "0" }
        return (value.isNegative ? "−" : "+") + text
    }

    /// Money: `¥12,345.60` (other currencies: `USD 12,345.60`).
    public func money(_ value: DecimalNumber?) -> String {
        guard let value else { return "—" }
        let symbol = currency == "CNY" ? "¥" : currency + " "
        let text = number(value.magnitude, places: 2)
        return (value.isNegative ? "-" : "") + symbol + text
    }

    /// A percentage from a ratio: `0.25` → `25%`.
    public func percent(_ ratio: DecimalNumber) -> String {
        score((ratio * .hundred).rounded(places: 1)) + "%"
    }

    /// A month (`month_format`): `2026年11月` / `Nov 2026`.
    public func month(_ m: Month) -> String {
        monthPattern.format(year: m.year, month: m.month, monthNames: monthNames)
    }

    /// A date (`day_format`): `2026年3月1日` / `1 Mar 2026`.
    public func day(_ d: Day) -> String {
        dayPattern.format(year: d.year, month: d.month, day: d.day, monthNames: monthNames)
    }

    /// A period: a month, a quarter (`quarter_format`: `2026年第4季度` / `Q4 2026`) or a year
    /// (`year_format`: `2026年` / `2026`).
    public func period(_ p: Period) -> String {
        switch p.kind {
        case .month: return month(p.months[0])
        case .quarter: return quarterPattern.format(year: p.year, quarter: p.number, monthNames: monthNames)
        case .year: return yearPattern.format(year: p.year, monthNames: monthNames)
        }
    }
}
