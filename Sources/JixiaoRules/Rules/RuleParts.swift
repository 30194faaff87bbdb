import JixiaoCore
import JixiaoMarkdown
/// A reason not to assess someone in a month, e.g. "under one month in post".
public struct EligibilityRule: Sendable {
    /// Shown instead of a score.
    public var reason: String
    /// English reason (`reason_en`), shown on English sites; `nil` = the reason.
    public var reasonEN: String? = nil
    /// When the person is not assessed.
    public var when: FormulaSource
}

/// N consecutive months meeting a condition give a one-off reward or raise an alert.
public struct StreakRule: Sendable {
    /// Stable id.
    public var id: String
    /// Display name.
    public var name: String
    /// English name (`name_en`), shown on English sites; `nil` = the name.
    public var nameEN: String? = nil
    /// The month counts when the grade is one of these…
    public var grades: [String]
    /// …or when this formula is true.
    public var when: FormulaSource?
    /// How many consecutive months.
    public var months: Int
    /// One-off reward paid in the month the streak completes.
    public var reward: DecimalNumber?
    /// Alert raised for managers when the streak completes.
    public var alert: String?
    /// English alert message (`alert_en`); `nil` = the alert.
    public var alertEN: String? = nil
    /// What a month that is not assessed does to the run.
    public var gaps: Gaps = .break
    /// Where it is declared.
    public var location: SourceLocation

    /// What a month without an assessment (not assessed, no data, missing data) does to a run.
    public enum Gaps: String, Sendable, Hashable {
        /// It breaks the run (the default).
        case `break`
        /// It neither breaks nor counts: the run continues with the next assessed month.
        case skip
    }
}

/// An alert for managers raised when a formula is true in a month.
public struct AlertRule: Sendable {
    /// Stable id.
    public var id: String
    /// Message shown.
    public var message: String
    /// English message (`message_en`), shown on English sites; `nil` = the message.
    public var messageEN: String? = nil
    /// Condition.
    public var when: FormulaSource
    /// Severity of the alerts it raises.
    public var severity: Alert.Severity
}

/// A plausible range for a measure; values outside raise an alert.
public struct MeasureRange: Sendable {
    /// Measure name.
    public var measure: String
    /// Lowest plausible value.
    public var min: DecimalNumber?
    /// Highest plausible value.
    public var max: DecimalNumber?
    /// Where it is declared.
    public var location: SourceLocation
}

/// A badge ladder such as 试用 → 铁牌 → 铜牌 → 银牌 → 金牌.
public struct Ladder: Sendable {
    /// Display name.
    public var name: String
    /// English name (`name_en`); `nil` = the name.
    public var nameEN: String? = nil
    /// Levels, lowest first; the first is where everyone starts unless `start` says otherwise.
    public var levels: [Level]
    /// Optional formula giving the level index (0 = first) a person holds when their data
    /// begins, e.g. an attribute `badge_level` from `employees.csv`.
    public var start: FormulaSource?

    /// One level and what it takes to reach it from the level below.
    public struct Level: Sendable {
        /// Stable id.
        public var id: String
        /// Display name.
        public var name: String
        /// English name.
        public var nameEN: String?
        /// All must hold in a month for the promotion to happen that month.
        public var requirements: [Requirement]
    }

    /// One condition of a promotion.
    public struct Requirement: Sendable {
        /// What it means, shown to people ("入职满 2 个月").
        public var name: String
        /// English text (`name_en`), e.g. "6 months in the company"; `nil` = the name.
        public var nameEN: String? = nil
        /// The condition.
        public var when: FormulaSource
        /// Whether this is the manager's approval (a promotion that lacks only this is "due").
        public var approval: Bool
    }
}

/// One pay item of a pay plan.
public struct PayItem: Sendable {
    /// How the item enters the total.
    public enum Kind: String, Sendable, Hashable {
        /// Added to pay.
        case earning
        /// Subtracted from pay.
        case deduction
        /// Shown but not part of the monthly total (e.g. a fine paid into the activity fund).
        case info
    }

    /// Stable id (later items can use `pay.<id>`).
    public var id: String
    /// Display name.
    public var name: String
    /// English name.
    public var nameEN: String?
    /// Amount formula.
    public var formula: FormulaSource
    /// Earning, deduction or info.
    public var kind: Kind
    /// Calendar months (1–12) in which it applies; empty = every month.
    public var months: [Int]
    /// Explanation shown on the pay statement.
    public var note: String?
    /// English explanation (`note_en`); `nil` = the note.
    public var noteEN: String? = nil
}
