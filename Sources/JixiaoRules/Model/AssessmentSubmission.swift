import JixiaoCore

/// One submitted stage of an assessment (a row of `assessments.csv`): who handed in which
/// stage of which month's assessment, on which day, and who reviewed it.
///
/// A company of 10,000 people over three years has about 640,000 of these, so the month, the
/// day and the location are kept packed (72 bytes a row instead of 144) and read back as
/// ``Month``, ``Day`` and ``SourceLocation``.
public struct AssessmentSubmission: Sendable, Hashable {
    /// The person assessed (employee index).
    public var employee: Int { Int(employeeIndex) }
    /// The assessed month.
    public var month: Month { Month(index: Int(monthIndex)) }
    /// Stage id of a policy's calendar (`self`, `manager`, `half_year`, …).
    public var stage: String
    /// The day it was handed in.
    public var submitted: Day { Day(ordinal: Int(submittedOrdinal)) }
    /// Who handed it in (an employee id of employees.csv: the person for a self-assessment, the
    /// manager for a review), when given. An id, not an index, so that editions scoped to one
    /// department never point at someone outside it.
    public var reviewer: String?
    /// The stage cell of the row in `assessments.csv` (where an unknown stage is reported).
    public var location: SourceLocation {
        SourceLocation(file: file, line: line == 0 ? nil : Int(line), column: column == 0 ? nil : Int(column))
    }

    private var employeeIndex: Int32
    private var monthIndex: Int32
    private var submittedOrdinal: Int32
    /// The location's line and column (0: none) and file.
    private var line: Int32
    private var column: Int32
    private var file: String

    /// Creates a submission (`location` is kept as its file, line and column).
    public init(employee: Int, month: Month, stage: String, submitted: Day, reviewer: String?, location: SourceLocation) {
        employeeIndex = Int32(clamping: employee)
        monthIndex = Int32(clamping: month.index)
        self.stage = stage
        submittedOrdinal = Int32(clamping: submitted.ordinal)
        self.reviewer = reviewer
        file = location.file
        line = Int32(clamping: location.line ?? 0)
        column = Int32(clamping: location.column ?? 0)
    }
}
