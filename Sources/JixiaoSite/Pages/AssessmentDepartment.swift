import JixiaoCore
import JixiaoRules

/// One department's list on a month's assessment status page: whose stages are missing or late.
public struct AssessmentDepartment: Sendable {
    /// Anchor id (`d-<slug>`), the target of the department dashboard's link.
    public var anchor: String
    /// The department's name.
    public var name: String
    /// Summary, e.g. "未提交 2 · 逾期 1".
    public var summary: String
    /// One link per person and stage (name · stage · state), to the person's month.
    public var people: [NavLink]
    /// Whether anyone's stage is missing or late.
    public var hasPeople: Bool
}
