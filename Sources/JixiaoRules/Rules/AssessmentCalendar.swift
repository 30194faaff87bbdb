import JixiaoCore

/// The assessment calendar of a policy (`calendar:` in its rules): the stages of each
/// month's assessment with their due days, the half-year reviews, when results are
/// published, and which days are working days (weekends and declared holidays are not;
/// declared working weekends are).
public struct AssessmentCalendar: Sendable {
    /// The monthly stages (self-assessment, manager review, …) followed by the reviews, in the order declared.
    public var stages: [Stage] = []
    /// Results of month M are published on working day `publishWorkingDay` of month M + `publishMonthsAfter`.
    public var publishMonthsAfter = 1
    /// Which working day of that month (1 = the first).
    public var publishWorkingDay = 1
    /// Days off that fall on weekdays (public holidays).
    public var holidays: Set<Day> = []
    /// Weekend days worked (make-up working days, 调休上班).
    public var workingWeekends: Set<Day> = []
    /// Whether a due date on a day off moves to the next working day (`due_on_day_off: next_working_day`).
    public var movesDueToWorkingDay = false
    /// Where the calendar is declared.
    public var location: SourceLocation

    /// An empty calendar declared at `location`.
    public init(location: SourceLocation) { self.location = location }

    /// One stage of the assessment, or a formal review held in given months.
    public struct Stage: Sendable {
        /// Stable id, the `stage` column of `assessments.csv`.
        public var id: String
        /// Display name.
        public var name: String
        /// English display name.
        public var nameEN: String?
        /// Day of the due month the stage is due (clamped to the month's last day: 31 means the last day).
        public var dueDay: Int
        /// Months after the assessed month the stage is due: 1 for monthly stages (the 5th of
        /// the next month), 0 for reviews (held within their month).
        public var dueMonthsAfter: Int
        /// Calendar months (1–12) of the assessed month the stage applies to; empty: every month.
        public var months: [Int]
        /// Only for people for whom this condition holds (e.g. a second-level review); `nil`: everyone.
        public var when: FormulaSource?
        /// Whether it is a formal review (`reviews:`) rather than a monthly stage: a missing
        /// review is its own alert kind.
        public var isReview: Bool
        /// Where it is declared.
        public var location: SourceLocation
    }
}
