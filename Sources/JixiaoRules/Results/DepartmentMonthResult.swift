import JixiaoCore
import JixiaoMarkdown
/// A department's own scorecard result for a month (its KPI sheet).
public struct DepartmentMonthResult: Sendable {
    /// Department id.
    public var department: String
    /// The month.
    public var month: Month
    /// Index of the policy whose department scorecard applied.
    public var policy: Int
    /// Assessed or why not.
    public var assessment: Assessment
    /// Item results.
    public var items: [ItemScore]
    /// Total.
    public var score: DecimalNumber?
    /// Grade band index.
    public var gradeIndex: Int?
}
