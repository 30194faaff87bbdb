extension ClosedMonthComparison {
    /// One changed figure: its path below the person or department, both values, and its
    /// line in the record (`nil` for a figure the record does not have).
    struct Change {
        /// Keys below `people.<id>` or `totals.<id>`, e.g. `items`, `quality`.
        var keys: [String]
        /// The value in the record (`nil`: not published).
        var published: String?
        /// The value the content gives now (`nil`: no longer there).
        var now: String?
        /// Line in the record.
        var line: Int?
    }
}
