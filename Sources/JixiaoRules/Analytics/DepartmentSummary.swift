import JixiaoCore
import JixiaoMarkdown
/// A department's figures for a period.
public struct DepartmentSummary: Sendable {
    /// Department id.
    public var department: String
    /// The period.
    public var period: Period
    /// People assessed.
    public var assessed: Int
    /// People employed but not assessed.
    public var notAssessed: Int
    /// Mean normalized score.
    public var mean: DecimalNumber?
    /// Median normalized score.
    public var median: DecimalNumber?
    /// People per grade band id.
    public var grades: [String: Int]
    /// Sum of the pay totals of the period.
    public var payTotal: DecimalNumber
    /// Number of alerts raised in the period.
    public var alerts: Int
    /// The person with the largest rise against the previous period, and the rise.
    public var mostImproved: (employee: Int, change: DecimalNumber)?
    /// The person with the largest fall against the previous period, and the fall.
    public var mostDeclined: (employee: Int, change: DecimalNumber)?
}
