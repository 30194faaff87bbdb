import JixiaoCore

/// How one stage of a person's assessment for one month stands against the calendar.
///
/// Most person-months hold one or two of these, so the days and the policy are kept packed
/// (48 bytes a stage instead of 112: a ``Day`` is three `Int`s) and read back as ``Day``.
public struct StageStatus: Sendable, Hashable {
    /// Stage id (of the calendar of `policy`).
    public var stage: String
    /// Who handed it in (employee id), when recorded.
    public var reviewer: String?
    /// Index of the policy whose calendar declares the stage.
    @PackedCount public var policy: Int
    /// The due day and the day handed in (`Int32.min`: not handed in), as ``Day/ordinal``.
    private var dueOrdinal: Int32
    private var submittedOrdinal: Int32
    /// Whether the stage is a formal review (half-year review) rather than a monthly stage.
    public var isReview: Bool
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

    /// Creates a stage's standing.
    public init(
        stage: String, policy: Int, isReview: Bool, due: Day, submitted: Day?, reviewer: String?,
        reviewerOutside: Bool = false, state: State
    ) {
        self.stage = stage
        self.reviewer = reviewer
        self.policy = policy
        dueOrdinal = Int32(clamping: due.ordinal)
        submittedOrdinal = submitted.map { Int32(clamping: $0.ordinal) } ?? Int32.min
        self.isReview = isReview
        self.reviewerOutside = reviewerOutside
        self.state = state
    }

    /// The day it was due.
    public var due: Day {
        get { Day(ordinal: Int(dueOrdinal)) }
        set { dueOrdinal = Int32(clamping: newValue.ordinal) }
    }
    /// The day it was handed in, when it was.
    public var submitted: Day? {
        get { submittedOrdinal == Int32.min ? nil : Day(ordinal: Int(submittedOrdinal)) }
        set { submittedOrdinal = newValue.map { Int32(clamping: $0.ordinal) } ?? Int32.min }
    }

    /// Calendar days after the due day it was handed in (0 when on time or not handed in).
    public var daysLate: Int {
        guard let submitted, submitted > due else { return 0 }
        return due.days(to: submitted)
    }
}
