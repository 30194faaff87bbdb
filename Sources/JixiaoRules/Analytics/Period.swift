import JixiaoCore
import JixiaoMarkdown
/// A reporting period: a month, a quarter or a year.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Month, quarter or year.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A calendar month.
        case month
        /// A calendar quarter.
        case quarter
        /// A calendar year.
        case year
    }

    /// The kind.
    public var kind: Kind
    /// Calendar year.
    public var year: Int
    /// Month 1–12, quarter 1–4, or 0 for a year.
    public var number: Int

    /// The period of a month.
    public static func month(_ m: Month) -> Period { Period(kind: .month, year: m.year, number: m.month) }
    /// The quarter containing a month.
    public static func quarter(of m: Month) -> Period { Period(kind: .quarter, year: m.year, number: m.quarter) }
    /// The year containing a month.
    public static func year(of m: Month) -> Period { Period(kind: .year, year: m.year, number: 0) }

    /// The period of `kind` that contains `m`.
    public static func containing(_ m: Month, kind: Kind) -> Period {
        switch kind {
        case .month: .month(m)
        case .quarter: .quarter(of: m)
        case .year: .year(of: m)
        }
    }

    /// The months of the period.
    public var months: [Month] {
        switch kind {
        case .month: [Month(index: year * 12 + number - 1)]
        case .quarter: (0..<3).map { Month(index: year * 12 + (number - 1) * 3 + $0) }
        case .year: (0..<12).map { Month(index: year * 12 + $0) }
        }
    }

    /// The period before this one, of the same kind.
    public var previous: Period {
        switch kind {
        case .month: return .month(Month(index: year * 12 + number - 2))
        case .quarter:
            return number == 1 ? Period(kind: .quarter, year: year - 1, number: 4) : Period(kind: .quarter, year: year, number: number - 1)
        case .year: return Period(kind: .year, year: year - 1, number: 0)
        }
    }

    /// `2026-11`, `2026-Q4` or `2026`.
    public var description: String {
        switch kind {
        case .month: return Month(index: year * 12 + number - 1).description
        case .quarter: return "\(year)-Q\(number)"
        case .year: return "\(year)"
        }
    }

    /// URL path of the period's page: `2026/11/`, `2026/q4/`, `2026/`.
    public var path: String {
        switch kind {
        case .month: return "\(year)/\(number < 10 ? "0" : "")\(number)/"
        case .quarter: return "\(year)/q\(number)/"
        case .year: return "\(year)/"
        }
    }

    /// Chronological, months before quarters before years when they start together.
    public static func < (a: Period, b: Period) -> Bool {
        if a.kind != b.kind { return Kind.allCases.firstIndex(of: a.kind)! < Kind.allCases.firstIndex(of: b.kind)! }
        return (a.year, a.number) < (b.year, b.number)
    }
}
