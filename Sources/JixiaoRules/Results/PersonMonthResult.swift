import JixiaoCore
import JixiaoMarkdown
/// Everything computed for one person in one month.
public struct PersonMonthResult: Sendable {
    /// Employee index.
    public var employee: Int
    /// The month.
    public var month: Month
    /// Department that month (after transfers).
    public var department: String
    /// Role that month.
    public var role: String
    /// Status that month.
    public var status: EmployeeStatus
    /// Whether the person had any data row that month.
    public var hasData: Bool
    /// Index of the policy whose scorecard applied.
    public var scorecardPolicy: Int?
    /// Assessed or why not.
    public var assessment: Assessment
    /// Item results (flattened, in scorecard order).
    public var items: [ItemScore] = []
    /// The total, when assessed.
    public var score: DecimalNumber?
    /// Index of the grade band (0 = best), when assessed.
    public var gradeIndex: Int?
    /// Performance coefficient, when assessed.
    public var coefficient: DecimalNumber?
    /// Index of the policy whose ladder applied.
    public var ladderPolicy: Int?
    /// Ladder level index reached (0 = first level).
    public var level: Int?
    /// Names of the requirements for the next level that are not met this month.
    public var missingForNext: [String] = []
    /// Every requirement of the next level this month, met or not, with its distance when
    /// measurable (empty at the top level or without a ladder).
    public var nextLevelProgress: [RequirementProgress] = []
    /// Whether the person was promoted this month.
    public var promoted: Bool = false
    /// Streak rules completed this month (ids).
    public var streaks: [String] = []
    /// Index of the policy whose pay items applied.
    public var payPolicy: Int?
    /// Pay items.
    public var pay: [PayLine] = []
    /// Corrections of earlier months paid this month (`adjustments.csv`), included in `payTotal`.
    public var adjustments: [PayAdjustment] = []
    /// Earnings minus deductions (info items excluded), plus adjustments.
    public var payTotal: DecimalNumber?
    /// Stages of the assessment calendar for this month (and reviews held in it), when a calendar applies.
    public var stages: [StageStatus] = []
    /// Second compositions (`compositions:`) of this month.
    public var compositions: [CompositionScore] = []
    /// Alerts raised for this person this month.
    public var alerts: [Alert] = []
}
