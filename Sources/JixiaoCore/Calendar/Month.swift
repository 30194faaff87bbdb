/// A calendar month, the unit of assessment (`2026-11`).
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Four-digit year.
    public let year: Int
    /// 1…12.
    public let month: Int

    /// Creates a month; `nil` when `month` is not 1…12 or the year is out of 1900…2999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...2999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Creates the month with the given index (see `index`).
    public init(index: Int) {
        self.year = index / 12
        self.month = index % 12 + 1
    }

    /// Parses `YYYY-MM` (also `YYYY/M`).
    public init?(parsing text: String) {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(year: y, month: m)
    }

    /// A running number: consecutive months differ by one.
    public var index: Int { year * 12 + (month - 1) }

    /// The month after this one.
    public var next: Month { Month(index: index + 1) }
    /// The month before this one.
    public var previous: Month { Month(index: index - 1) }

    /// This month shifted by `count` months (negative goes back).
    public func advanced(by count: Int) -> Month { Month(index: index + count) }

    /// Months from `self` to `other` (positive when `other` is later).
    public func distance(to other: Month) -> Int { other.index - index }

    /// 1…4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// First day of the month.
    public var firstDay: Day { Day(uncheckedYear: year, month: month, day: 1) }
    /// Last day of the month.
    public var lastDay: Day { Day(uncheckedYear: year, month: month, day: Day.daysIn(year: year, month: month)) }

    /// `2026-11`.
    public var description: String { year.description + "-" + (month < 10 ? "0" : "") + month.description }

    /// Chronological order.
    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and ideographic spaces.
    package var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" || $0 == "\r" || $0 == "\n"
        }
        while let f = scalars.first, isSpace(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, isSpace(l) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
