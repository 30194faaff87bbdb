import JixiaoCore
import JixiaoMarkdown
/// A person's result for a period (a month, or a quarter/year rolled up from months).
///
/// A company of 10,000 people over three years has about 425,000 of these (months, quarters
/// and years), so the numbers are kept packed (128 bytes a score instead of 208).
public struct PeriodScore: Sendable {
    /// Department at the end of the period (the last month the person worked in it).
    public var department: String
    /// Role at the end of the period.
    public var role: String
    /// Grade band id.
    public var gradeID: String?
    /// Why not assessed (nil when assessed).
    public var notAssessedReason: String?
    /// The score in the scorecard's own points (average of the months by default).
    @PackedDecimal public var score: DecimalNumber?
    /// The score as a percentage of the scorecard's total: comparable across scorecards.
    @PackedDecimal public var normalized: DecimalNumber?
    /// Pay total of the period (sum of months).
    @PackedDecimal public var payTotal: DecimalNumber?
    /// Employee index.
    @PackedCount public var employee: Int
    /// Months assessed in the period.
    @PackedCount public var assessedMonths: Int
    /// Grade band index in the (last) scorecard's bands.
    @PackedIndex public var gradeIndex: Int?
    /// Policy index of the (last) scorecard.
    @PackedIndex public var scorecardPolicy: Int?

    /// Creates a period score.
    public init(
        employee: Int, department: String, role: String, score: DecimalNumber?, normalized: DecimalNumber?,
        gradeIndex: Int?, gradeID: String?, scorecardPolicy: Int?, notAssessedReason: String?,
        assessedMonths: Int, payTotal: DecimalNumber?
    ) {
        self.department = department
        self.role = role
        self.gradeID = gradeID
        self.notAssessedReason = notAssessedReason
        self.score = score
        self.normalized = normalized
        self.payTotal = payTotal
        self.employee = employee
        self.assessedMonths = assessedMonths
        self.gradeIndex = gradeIndex
        self.scorecardPolicy = scorecardPolicy
    }
}
