import JixiaoCore

/// One submitted stage of an assessment (a row of `assessments.csv`): who handed in which
/// stage of which month's assessment, on which day, and who reviewed it.
public struct AssessmentSubmission: Sendable, Hashable {
    /// The person assessed (employee index).
    public var employee: Int
    /// The assessed month.
    public var month: Month
    /// Stage id of a policy's calendar (`self`, `manager`, `half_year`, …).
    public var stage: String
    /// The day it was handed in.
    public var submitted: Day
    /// Who handed it in (an employee id of employees.csv: the person for a self-assessment, the
    /// manager for a review), when given. An id, not an index, so that editions scoped to one
    /// department never point at someone outside it.
    public var reviewer: String?
    /// The stage cell of the row in `assessments.csv` (where an unknown stage is reported).
    public var location: SourceLocation

    /// Creates a submission.
    public init(employee: Int, month: Month, stage: String, submitted: Day, reviewer: String?, location: SourceLocation) {
        self.employee = employee
        self.month = month
        self.stage = stage
        self.submitted = submitted
        self.reviewer = reviewer
        self.location = location
    }
}
