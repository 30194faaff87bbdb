import JixiaoCore
import JixiaoMarkdown
/// How a person's results move over time.
public struct PersonTrend: Sendable {
    /// Employee index.
    public var employee: Int
    /// Change of the normalized score against the previous period, by period (only where both exist).
    public var change: [Period: DecimalNumber]
    /// 3-month moving average of the monthly score (the month and the two before, where assessed).
    public var movingAverage: [Month: DecimalNumber]
    /// Best month (highest score) and worst month.
    public var best: (month: Month, score: DecimalNumber)?
    /// Worst month.
    public var worst: (month: Month, score: DecimalNumber)?
    /// Streaks in progress at the current month: rule id → months so far (less than needed).
    public var streaksInProgress: [(rule: String, name: String, months: Int, needed: Int)]
}
