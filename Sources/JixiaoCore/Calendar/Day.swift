/// A calendar date without time (`2026-03-01`), validated: `2026-02-30` is not a day.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Four-digit year.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…31, valid for the month.
    public let day: Int

    /// Creates a day; `nil` when it does not exist in the calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2026-03-01`, `2026/3/1` or `2026.3.1`.
    public init?(parsing text: String) {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether the text has the shape of a date (so "2026-02-30" can be told apart from "abc").
    public static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Number of days in a month of a year (Gregorian).
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month this day is in.
    public var monthValue: Month { Month(index: year * 12 + month - 1) }

    /// Whole months from this day to `other` (counting a month when the day of month is reached),
    /// e.g. 2024-03-15 → 2026-03-14 is 23 months, → 2026-03-15 is 24; a month-end start
    /// counts a month at the next month's end (01-31 → 02-28 is one month).
    public func fullMonths(to other: Day) -> Int {
        var months = (other.year - year) * 12 + (other.month - month)
        if other.day < day && other.day != Day.daysIn(year: other.year, month: other.month) { months -= 1 }
        return months
    }

    /// `2026-03-01`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Chronological order.
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
