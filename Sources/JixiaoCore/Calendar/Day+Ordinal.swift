extension Day {
    /// Days since 1970-01-01 (negative before it), so that days can be subtracted and counted.
    public var ordinal: Int { Self.ordinal(year: year, month: month, day: day) }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let civil = Self.civil(ordinal: ordinal)
        self.init(uncheckedYear: civil.year, month: civil.month, day: civil.day)
    }

    /// Days from 1970-01-01 to a civil date of the proleptic Gregorian calendar (Howard
    /// Hinnant's days_from_civil); also used for Excel's date serial numbers.
    package static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date `ordinal` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    package static func civil(ordinal: Int) -> (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// Days from this day to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (3 in 0 = Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// Whether the day is a Saturday or a Sunday.
    public var isWeekend: Bool { weekday >= 6 }
}
