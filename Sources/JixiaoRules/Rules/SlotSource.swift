import JixiaoCore
import JixiaoMarkdown
/// Where the value of a name used in a formula comes from.
public enum SlotSource: Sendable, Hashable {
    /// A person's measure this month (catalog index).
    case measure(Int)
    /// A measure of the person's department this month, looked up from the team up to its
    /// parents (catalog index). For department scorecards: the department's own measure.
    case departmentMeasure(Int)
    /// A numeric attribute from `employees.csv` (index into the attribute table).
    case attribute(Int)
    /// A value the engine provides.
    case builtin(Builtin)
    /// A result computed earlier in the month (score, grade…).
    case result(ResultValue)
    /// A variable, scorecard item or pay item of the policy (index into its locals).
    case local(Int)

    /// Values the engine provides for every person and month.
    public enum Builtin: String, Sendable, Hashable, CaseIterable {
        /// 1 when the person is on trial this month.
        case is_trial
        /// 1 when regular staff.
        case is_regular
        /// 1 when temporary staff.
        case is_temporary
        /// Working days of the month (site settings).
        case working_days
        /// Number of people the policy applies to this month.
        case headcount
        /// Calendar month number, 1–12.
        case month_number
        /// Whole months of service at the end of the month.
        case tenure_months
        /// Whole years of service at the end of the month.
        case tenure_years
    }

    /// Results of the month that later rules can use.
    public enum ResultValue: String, Sendable, Hashable, CaseIterable {
        /// The scorecard total (missing when not assessed).
        case score
        /// The performance coefficient.
        case coefficient
        /// The grade band's own coefficient (inside a scorecard's coefficient formula).
        case band_coefficient
        /// 1 when assessed this month, else 0.
        case assessed
        /// Position of the grade: 1 for the best band.
        case grade_level
        /// Ladder level reached: 0 for the first level.
        case level
        /// Sum of streak rewards earned this month.
        case streak_reward
    }
}
