import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A department dashboard.
public struct DepartmentPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Department name.
    public var name: String
    /// Facts (parent, head, people).
    public var facts: [Fact]
    /// Headline figures of the current month.
    public var headlines: [Headline]
    /// Mean score over the months.
    public var trendChart: String
    /// Grade distribution this month.
    public var gradeChart: String
    /// People this month.
    public var people: TableView
    /// The department's own scorecard (KPI sheet) results.
    public var kpi: TableView
    /// Whether there is a department scorecard.
    public var hasKPI: Bool
    /// Alerts this month.
    public var alerts: TableView
    /// Sub-departments.
    public var children: [NavLink]
    /// Whether there are sub-departments.
    public var hasChildren: Bool
    /// The page heading: the department and the period it shows.
    public var heading: String
    /// Previous and next period, the enclosing quarter and year, and the latest dashboard.
    public var periodLinks: [NavLink]
    /// Every period with a dashboard, by kind: the period picker.
    public var picker: [LinkGroup]
    /// Needs attention, to reward, close to the next level.
    public var panels: [DashboardPanel] = []
    /// The month's assessment status page at this department's list (`""`: none).
    public var assessmentsHref = ""
}
