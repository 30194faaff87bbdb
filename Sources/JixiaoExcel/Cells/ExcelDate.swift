import JixiaoCore

/// Excel's date serial numbers: days since 1899-12-30 (the 1900 system, which counts the
/// non-existent 1900-02-29 as day 60) or since 1904-01-01 (the 1904 system).
enum ExcelDate {
    /// The civil date of a serial number (time of day dropped); `nil` outside years 1900–9999.
    static func civil(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1462
        } else if days < 61 {
            if days == 60 { return (1900, 2, 29) }
            days += 1
        }
        return civil(daysSince18991230: days)
    }

    /// The serial number of a civil date in the 1900 system (after 1900-02-28) or the 1904 system.
    static func serial(year: Int, month: Int, day: Int, date1904: Bool = false) -> Int {
        let days = daysFromCivil(year, month, day) - daysFromCivil(1899, 12, 30)
        return date1904 ? days - 1462 : days
    }

    /// Text of a date as Jixiao reads it: `2026-03-01`, or `2026-03` for a month.
    static func text(_ date: (year: Int, month: Int, day: Int), withDay: Bool) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return withDay ? "\(date.year)-\(two(date.month))-\(two(date.day))" : "\(date.year)-\(two(date.month))"
    }

    private static func civil(daysSince18991230 days: Int) -> (year: Int, month: Int, day: Int) {
        Day.civil(ordinal: days + daysFromCivil(1899, 12, 30))
    }

    /// Days from 1970-01-01 to a civil date.
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        Day.ordinal(year: year, month: month, day: day)
    }
}
