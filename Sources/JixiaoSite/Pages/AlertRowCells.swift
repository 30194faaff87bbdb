import JixiaoCore
import JixiaoRules

/// The cells of one alert table's rows, each shared cell made once per table: a large
/// department's or a year's table holds tens of thousands of alerts over a few months,
/// severities, kinds, departments and policies, whose cells (with their localized text and
/// links) are the same on every row.
struct AlertRowCells {
    let site: SiteContext
    /// The page's path to the site root.
    let root: String
    /// The page's path (person and department links are relative to it).
    let path: String
    /// The period the page's links keep, when it is a period's page.
    let period: Period?
    private var months: [Month: TableView.Cell] = [:]
    private var severities: [Alert.Severity: TableView.Cell] = [:]
    private var kinds: [Alert.Kind: TableView.Cell] = [:]
    private var departments: [String: TableView.Cell] = [:]
    private var policies: [Int: TableView.Cell] = [:]

    /// The cells of the alert tables of page `path`; from a period's page (`period`), links keep that period.
    init(site: SiteContext, path: String, period: Period?) {
        self.site = site
        self.path = path
        self.period = period
        root = SiteContext.root(of: path)
    }

    /// One alert's row: month, severity, kind, person, department, message, policy.
    mutating func row(_ a: Alert) -> [TableView.Cell] {
        let site = self.site
        let month = Self.cached(a.month, &months) { .text(site.loc.month($0)) }
        let severity = Self.cached(a.severity, &severities) {
            .text(site.loc["severity_\($0.rawValue)"], style: "severity severity-\($0.rawValue)")
        }
        let kind = Self.cached(a.kind, &kinds) { .text(site.alertKindName($0)) }
        let (path, period, root) = (self.path, self.period, self.root)
        let department = Self.cached(a.department, &departments) { site.departmentCell($0, from: path, period: period) }
        let person: TableView.Cell =
            a.employee.map {
                .text(
                    site.employeeName($0),
                    href: site.managers ? root + site.personPath($0, period: period.map { _ in .month(a.month) }) : nil, style: "name")
            } ?? .text("")
        let policy =
            a.policy.map { p in Self.cached(p, &policies) { .text(site.content.policies[$0].title, href: root + site.policyPath($0)) } }
            ?? .text("")
        return [month, severity, kind, person, department, .text(site.alertMessage(a), style: "wrap"), policy]
    }

    /// The cell of `key`, made by `make` the first time.
    private static func cached<K: Hashable>(_ key: K, _ cells: inout [K: TableView.Cell], _ make: (K) -> TableView.Cell) -> TableView.Cell {
        if let cell = cells[key] { return cell }
        let cell = make(key)
        cells[key] = cell
        return cell
    }
}
