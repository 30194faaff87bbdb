/// What a cell's number format says about how to read its number.
enum NumberFormatKind: Sendable, Hashable {
    /// A plain number.
    case general
    /// A date; `withDay` is false for month formats such as `yyyy-mm` (read as `2026-03`).
    case date(withDay: Bool)
    /// A percentage: the stored value is the fraction (98% is stored as 0.98).
    case percent
    /// Whole numbers padded with zeros to a width (`00000` for ids such as 00042).
    case zeroPadded(width: Int)

    /// The kind of a built-in format id, or of the custom format `code`.
    init(id: Int, code: String?) {
        if let code {
            self = Self.kind(of: code)
            return
        }
        // Built-in formats (ECMA-376 18.8.30; 27–58 as Excel reads them in a Chinese locale,
        // e.g. 31 = yyyy"年"m"月"d"日", 27 = yyyy"年"m"月"; times such as 32 are plain numbers).
        switch id {
        case 9, 10: self = .percent
        case 14, 15, 16, 22, 28...31, 51, 53, 54, 58: self = .date(withDay: true)
        case 17, 27, 36, 50, 52, 57: self = .date(withDay: false)
        default: self = .general
        }
    }

    /// Reads a custom format code: text in quotes, escapes and `[…]` sections are skipped;
    /// `y`, `d` (or `m` beside them) make it a date, `%` a percentage.
    static func kind(of code: String) -> NumberFormatKind {
        let section = code.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? code
        var letters = ""
        var inQuote = false, inBracket = false, escaped = false
        for ch in section {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            switch ch {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            default: letters.append(Character(ch.lowercased()))
            }
        }
        if letters.contains("y") || letters.contains("d") || letters.contains("e") && letters.contains("m") {
            return .date(withDay: letters.contains("d"))
        }
        if letters.contains("%") { return .percent }
        if !letters.isEmpty, letters.allSatisfy({ $0 == "0" }), letters.count > 1 { return .zeroPadded(width: letters.count) }
        return .general
    }
}
