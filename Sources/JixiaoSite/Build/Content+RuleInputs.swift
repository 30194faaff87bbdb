import JixiaoRules

extension Content {
    /// The content without what only the rules read: the measure values (every month kept,
    /// with no files) and the submitted assessment stages (the results hold each month's
    /// stages). Once the rules and the analytics have run no page reads them, and at 10,000
    /// people × 36 months they are some 80–150 MiB of values and 46 MB of submissions that
    /// would otherwise stay in memory for the whole build. `months` keeps its months, so
    /// `currentMonth` is unchanged.
    func withoutRuleInputs() -> Content {
        var copy = self
        copy.months = months.map { MonthData(month: $0.month, personFiles: [], departmentFiles: [], measureCount: 0) }
        copy.assessments = []
        return copy
    }
}
