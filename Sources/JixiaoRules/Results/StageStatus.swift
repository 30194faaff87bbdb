import JixiaoCore

/// How one stage of a person's assessment for one month stands against the calendar.
public struct StageStatus: Sendable, Hashable {
    /// Stage id (of the calendar of `policy`).
    public var stage: String
    /// Index of the policy whose calendar declares the stage.
    public var policy: Int
    /// Whether the stage is a formal review (half-year review) rather than a monthly stage.
    public var isReview: Bool
    /// The day it was due.
    public var due: Day
    /// The day it was handed in, when it was.
    public var submitted: Day?
    /// Who handed it in (employee id), when recorded.
    public var reviewer: String?
    /// Whether who handed it in is someone outside the department edition the results were
    /// cut down to: ``reviewer`` is then withheld (`nil`) and the site says only "a manager
    /// in another department". Always `false` in the whole company's results.
    public var reviewerOutside = false
    /// On time, late, missing or not yet due.
    public var state: State

    /// Where a stage stands.
    public enum State: String, Sendable, Hashable {
        /// Handed in on or before the due day.
        case onTime = "on-time"
        /// Handed in after the due day.
        case late
        /// Not handed in, and the due day has passed (the last day of the data's latest month is "today").
        case missing
        /// Not handed in, not yet due.
        case pending
    }

    /// Calendar days after the due day it was handed in (0 when on time or not handed in).
    public var daysLate: Int {
        guard let submitted, submitted > due else { return 0 }
        return due.days(to: submitted)
    }
}
