extension Day {
    /// The years a date may have.
    package static let years = 1900...2999

    /// Why `text`, which has the shape of a date, is not a day: which part is wrong
    /// ("year 1 is outside 1900–2999", "month 13 does not exist", "day 31 does not exist in
    /// 2026-02, which has 28 days"); `nil` when it is a day or not date-shaped at all.
    public static func problem(parsing text: String) -> String? {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        if let reason = problem(year: y, month: m) { return reason }
        let days = daysIn(year: y, month: m)
        guard d < 1 || d > days else {
            return Day(parsing: text) == nil ? "write it as YYYY-MM-DD" : nil
        }
        let month = (m < 10 ? "0" : "") + m.description
        return "day \(d) does not exist in \(y)-\(month), which has \(days) days"
    }

    /// Why a year and month do not name a month; `nil` when they do.
    package static func problem(year: Int, month: Int) -> String? {
        if !years.contains(year) { return "year \(year) is outside \(years.lowerBound)–\(years.upperBound)" }
        if !(1...12).contains(month) { return "month \(month) does not exist" }
        return nil
    }
}
