import JixiaoCore
import JixiaoMarkdown
/// A scorecard (考核表): the items a person (or a department) is assessed on, how the total
/// is formed, the grade bands and the coefficient.
public struct Scorecard: Sendable, Hashable {
    /// How item results form the total.
    public enum Scoring: String, Sendable, Hashable {
        /// Items give points; the total is their sum (points must add up to `total`).
        case points
        /// Items give a 0–100 score and carry a weight; the total is Σ weight × score
        /// (weights must add up to 100%).
        case weighted
    }

    /// Who is assessed.
    public enum Subject: String, Sendable, Hashable {
        /// People.
        case person
        /// Departments (a department's own KPI sheet).
        case department
    }

    /// Display name.
    public var name: String
    /// English name (`name_en`); `nil` = the name.
    public var nameEN: String? = nil
    /// People or departments.
    public var subject: Subject
    /// Points or weighted.
    public var scoring: Scoring
    /// The full score (usually 100).
    public var total: DecimalNumber
    /// The items.
    public var items: [ScorecardItem]
    /// Grade bands, best first.
    public var grades: [GradeBand]
    /// Optional coefficient formula (default: the band's coefficient); it may use
    /// `band_coefficient`.
    public var coefficient: FormulaSource?
    /// Largest share of people in a department allowed in the top grades (forced distribution).
    public var distribution: Distribution?
    /// How quarters and years are formed from months.
    public var rollup: Rollup
    /// Grade caps: when a cap's condition holds, the month is graded no better than its grade.
    public var gradeCaps: [GradeCap] = []
    /// Where it is declared.
    public var location: SourceLocation

    /// A forced-distribution limit: at most `maxShare` of a department in `grades`.
    public struct Distribution: Sendable, Hashable {
        /// Grade ids counted.
        public var grades: [String]
        /// Largest allowed share, e.g. 0.2.
        public var maxShare: DecimalNumber
        /// For groups of fewer than `under` people: at most `max` in `grades` instead of the share.
        public var smallGroup: (under: Int, max: Int)? {
            get { smallUnder.map { ($0, smallMax) } }
            set { smallUnder = newValue?.under; smallMax = newValue?.max ?? 0 }
        }
        /// Whether a department is counted alone or with its sub-departments.
        public var scope: Scope = .department
        private var smallUnder: Int?
        private var smallMax = 0

        /// Which people a department's limit counts.
        public enum Scope: String, Sendable, Hashable {
            /// The people of the department itself (the team each person is in).
            case department
            /// The department and all its sub-departments: a person counts for the team
            /// and for every department above it.
            case departmentTree = "department_tree"
        }

        /// Creates a limit counted per department, with no small-group rule.
        public init(grades: [String], maxShare: DecimalNumber) {
            self.grades = grades
            self.maxShare = maxShare
        }
    }

    /// A grade cap (`max_grade_when`): in a month where `when` holds, the grade is at best `grade`.
    public struct GradeCap: Sendable, Hashable {
        /// The best grade id allowed.
        public var grade: String
        /// The condition.
        public var when: FormulaSource
    }

    /// How a quarter's or year's result is formed from the months.
    public struct Rollup: Sendable, Hashable {
        /// How the months' normalized scores are combined.
        public var method: Method = .average
        /// A person absent (not assessed) more months than this in the period is not assessed for it.
        public var maxMissingMonths: Int = 2

        /// How the months are combined; the raw value is the text written in rules.
        public enum Method: String, Sendable, Hashable {
            /// The mean of the assessed months (rounded to 6 places).
            case average
            /// The sum of the assessed months.
            case sum
            /// The last assessed month.
            case last
        }

        /// The default: average, at most 2 missing months.
        public init() {}
    }

    /// Creates a scorecard.
    public init(
        name: String, subject: Subject = .person, scoring: Scoring = .points, total: DecimalNumber = 100,
        items: [ScorecardItem] = [], grades: [GradeBand] = [], coefficient: FormulaSource? = nil,
        distribution: Distribution? = nil, rollup: Rollup = Rollup(), location: SourceLocation
    ) {
        self.name = name
        self.subject = subject
        self.scoring = scoring
        self.total = total
        self.items = items
        self.grades = grades
        self.coefficient = coefficient
        self.distribution = distribution
        self.rollup = rollup
        self.location = location
    }

    /// Index in `grades` of the band a total falls in: the first (best) band whose minimum
    /// it reaches; `nil` below every band.
    public func bandIndex(for score: DecimalNumber) -> Int? {
        grades.firstIndex { score >= $0.min }
    }
}
