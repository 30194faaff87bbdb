import JixiaoCore
import JixiaoMarkdown
/// Everything computed for one person in one month.
///
/// A company of 10,000 people over three years has about 300,000 of these, held for the
/// whole build, so the month, the indexes and the numbers are kept packed (208 bytes a
/// result instead of 336).
public struct PersonMonthResult: Sendable {
    /// Department that month (after transfers).
    public var department: String
    /// Role that month.
    public var role: String
    /// Assessed or why not.
    public var assessment: Assessment
    /// Item results (flattened, in scorecard order).
    public var items: [ItemScore] = []
    /// Names of the requirements for the next level that are not met this month.
    public var missingForNext: [String] = []
    /// Every requirement of the next level this month, met or not, with its distance when
    /// measurable (empty at the top level or without a ladder).
    public var nextLevelProgress: [RequirementProgress] = []
    /// Streak rules completed this month (ids).
    public var streaks: [String] = []
    /// Pay items.
    public var pay: [PayLine] = []
    /// Corrections of earlier months paid this month (`adjustments.csv`), included in `payTotal`.
    public var adjustments: [PayAdjustment] = []
    /// Stages of the assessment calendar for this month (and reviews held in it), when a calendar applies.
    public var stages: [StageStatus] = []
    /// Second compositions (`compositions:`) of this month.
    public var compositions: [CompositionScore] = []
    /// Alerts raised for this person this month.
    public var alerts: [Alert] = []
    /// The total, when assessed.
    @PackedDecimal public var score: DecimalNumber? = nil
    /// Performance coefficient, when assessed.
    @PackedDecimal public var coefficient: DecimalNumber? = nil
    /// Earnings minus deductions (info items excluded), plus adjustments.
    @PackedDecimal public var payTotal: DecimalNumber? = nil
    /// Employee index.
    @PackedCount public var employee: Int
    /// Index of the policy whose scorecard applied.
    @PackedIndex public var scorecardPolicy: Int? = nil
    /// Index of the grade band (0 = best), when assessed.
    @PackedIndex public var gradeIndex: Int? = nil
    /// Index of the policy whose ladder applied.
    @PackedIndex public var ladderPolicy: Int? = nil
    /// Ladder level index reached (0 = first level).
    @PackedIndex public var level: Int? = nil
    /// Index of the policy whose pay items applied.
    @PackedIndex public var payPolicy: Int? = nil
    private var monthIndex: Int32
    /// Status that month.
    public var status: EmployeeStatus
    /// Whether the person had any data row that month.
    public var hasData: Bool
    /// Whether the person was promoted this month.
    public var promoted: Bool = false

    /// Creates the result of a month before any step has run: not assessed, no items, no pay.
    public init(
        employee: Int, month: Month, department: String, role: String, status: EmployeeStatus, hasData: Bool,
        assessment: Assessment
    ) {
        self.department = department
        self.role = role
        self.assessment = assessment
        self.employee = employee
        monthIndex = Int32(clamping: month.index)
        self.status = status
        self.hasData = hasData
    }

    /// The month.
    public var month: Month {
        get { Month(index: Int(monthIndex)) }
        set { monthIndex = Int32(clamping: newValue.index) }
    }
}
