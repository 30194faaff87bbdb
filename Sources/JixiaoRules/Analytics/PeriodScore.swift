import JixiaoCore
import JixiaoMarkdown
/// A person's result for a period (a month, or a quarter/year rolled up from months).
public struct PeriodScore: Sendable {
    /// Employee index.
    public var employee: Int
    /// Department at the end of the period (the last month the person worked in it).
    public var department: String
    /// Role at the end of the period.
    public var role: String
    /// The score in the scorecard's own points (average of the months by default).
    public var score: DecimalNumber?
    /// The score as a percentage of the scorecard's total: comparable across scorecards.
    public var normalized: DecimalNumber?
    /// Grade band index in the (last) scorecard's bands.
    public var gradeIndex: Int?
    /// Grade band id.
    public var gradeID: String?
    /// Policy index of the (last) scorecard.
    public var scorecardPolicy: Int?
    /// Why not assessed (nil when assessed).
    public var notAssessedReason: String?
    /// Months assessed in the period.
    public var assessedMonths: Int
    /// Pay total of the period (sum of months).
    public var payTotal: DecimalNumber?
}
