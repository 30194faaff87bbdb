import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// The home page: the current month at a glance.
public struct HomePage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// The current month's label.
    public var monthLabel: String
    /// Headline figures.
    public var headlines: [Headline]
    /// Grade distribution chart (SVG and data table).
    public var gradeChart: String
    /// Department comparison chart.
    public var departmentChart: String
    /// Top performers.
    public var top: TableView
    /// Biggest improvers.
    public var improvers: TableView
    /// Latest alerts.
    public var alerts: TableView
    /// Links to period pages.
    public var periodLinks: [NavLink]
    /// Whether this is the managers' build (staff home shows policies only).
    public var managers: Bool
    /// Policies (staff home).
    public var policyLinks: [NavLink]
    /// Leaderboard links (staff home, when allowed).
    public var leaderboardLinks: [NavLink]
    /// Whether leaderboard links exist.
    public var hasLeaderboards: Bool
    /// Policies by department (staff home).
    public var policyGroups: [StaffPolicyGroup] = []
    /// Roles for the "applies to me" filter (staff home): `label` the name, `href` the id.
    public var roleOptions: [NavLink] = []
}
