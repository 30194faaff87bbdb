extension Month {
    /// Why `text`, which has the shape `YYYY-MM`, is not a month ("month 13 does not exist",
    /// "year 1 is outside 1900–2999"); `nil` when it is a month or not month-shaped at all.
    public static func problem(parsing text: String) -> String? {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return Day.problem(year: y, month: m)
    }
}
