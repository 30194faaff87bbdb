import JixiaoRules

extension Content {
    /// The content without its measure values (every month kept, with no files): once the
    /// rules and the analytics have run, no page reads a raw value, and at 10,000 people × 36
    /// months the values are some 80–150 MiB that would otherwise stay in memory for the
    /// whole build. `months` keeps its months, so `currentMonth` is unchanged.
    func withoutMeasureValues() -> Content {
        var copy = self
        copy.months = months.map { MonthData(month: $0.month, personFiles: [], departmentFiles: [], measureCount: 0) }
        return copy
    }
}
