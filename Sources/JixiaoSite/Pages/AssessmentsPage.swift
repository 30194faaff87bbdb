import JixiaoCore
import JixiaoRules

/// A month's assessment status (managers only, `YYYY/MM/assessments.html`): the stages' due
/// days, one table row per department with on-time, late and missing counts per stage, and
/// the names of the people whose stages are missing, department by department.
public struct AssessmentsPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Heading, e.g. "考核进度 · 2026年10月".
    public var heading: String
    /// The due days and the publication day of the month, in words.
    public var schedule: String
    /// One row per department.
    public var table: TableView
    /// Every department's list of missing and late stages (anchors for the dashboards' links).
    public var departments: [AssessmentDepartment]
    /// Whether any department has a missing or late stage.
    public var hasDepartments: Bool
}
