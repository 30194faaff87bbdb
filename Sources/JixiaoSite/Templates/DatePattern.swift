/// A date pattern from a locale file, such as `{year}年{month}月` or `{month_name} {year}`,
/// parsed once so that formatting the many dates of a build is only appends. Fields:
/// `{year}`, `{month}` (1–12), `{month_name}` (from the locale's `month_names`), `{day}`,
/// `{quarter}`; any other text is kept as written.
struct DatePattern: Sendable {
    /// One piece of a pattern.
    enum Part: Sendable, Equatable {
        case literal(String)
        case year, month, monthName, day, quarter
    }

    /// The pieces in order.
    let parts: [Part]

    /// Parses a pattern.
    init(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: "}") else { break }
            let field: Part?
            switch rest[rest.index(after: open)..<close] {
            case "year": field = .year
            case "month": field = .month
            case "month_name": field = .monthName
            case "day": field = .day
            case "quarter": field = .quarter
            default: field = nil
            }
            if let field {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(field)
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The pattern filled in; a month without a name in `monthNames` is written as its number.
    func format(year: Int, month: Int = 1, day: Int = 1, quarter: Int = 1, monthNames: [String]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .year: out += String(year)
            case .month: out += String(month)
            case .monthName: out += month >= 1 && month <= monthNames.count ? monthNames[month - 1] : String(month)
            case .day: out += String(day)
            case .quarter: out += String(quarter)
            }
        }
        return out
    }
}
