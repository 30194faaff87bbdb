import JixiaoCore
import JixiaoRules

/// Period dashboards: every month, quarter and year has a dashboard per department at
/// `<period>/departments/<slug>.html`; links from a period's page keep that period.
extension SiteContext {
    /// The periods that have pages: every period with data that starts by the current month.
    var dashboardPeriods: [Period] { analytics.periods.filter { $0.months.first! <= currentMonth } }

    /// A department's dashboard: the period's (`2026/10/departments/cs.html`) when `period` is
    /// one with pages, otherwise the latest (`departments/cs/index.html`).
    func departmentPath(_ id: String, period: Period?) -> String {
        guard let period, hasDashboard(period) else { return departmentPath(id) }
        return period.path + "departments/\(departmentSlugs[id] ?? Slug.make(id)).html"
    }

    /// A person's page; for a month, at that month's row (`#m-2026-10`).
    func personPath(_ e: Int, period: Period?) -> String {
        guard let period, period.kind == .month else { return personPath(e) }
        return personPath(e) + "#" + Self.monthAnchor(period.months[0])
    }

    /// The anchor of a month's row on a person page.
    static func monthAnchor(_ month: Month) -> String { "m-\(month.description)" }

    /// Whether a period has pages.
    func hasDashboard(_ period: Period) -> Bool {
        period.months.first! <= currentMonth && analytics.periods.contains(period)
    }

    /// Previous and next period of the same kind, the enclosing quarter and year, and the
    /// latest dashboard, for a department's dashboard (`id`) or the company's (`nil`).
    func periodLinks(_ period: Period, department id: String?, from path: String) -> [NavLink] {
        let root = Self.root(of: path)
        func href(_ p: Period) -> String { root + (id.map { departmentPath($0, period: p) } ?? periodPath(p)) }
        let sameKind = dashboardPeriods.filter { $0.kind == period.kind }
        var links: [NavLink] = []
        if let previous = sameKind.last(where: { $0 < period }) {
            links.append(NavLink(label: "← " + loc.period(previous), href: href(previous)))
        }
        if let next = sameKind.first(where: { $0 > period }) {
            links.append(NavLink(label: loc.period(next) + " →", href: href(next)))
        }
        for kind in Period.Kind.allCases
        where Period.Kind.allCases.firstIndex(of: kind)! > Period.Kind.allCases.firstIndex(of: period.kind)! {
            let enclosing = Period.containing(period.months.last!, kind: kind)
            if hasDashboard(enclosing) { links.append(NavLink(label: loc.period(enclosing), href: href(enclosing))) }
        }
        if let id { links.append(NavLink(label: loc["latest_period"], href: root + departmentPath(id))) }
        return links
    }

    /// Every period with pages, by kind (newest first), the shown one marked: the period picker.
    func periodPicker(_ period: Period, department id: String?, from path: String) -> [LinkGroup] {
        let root = Self.root(of: path)
        return Period.Kind.allCases.compactMap { kind in
            let links = dashboardPeriods.filter { $0.kind == kind }.reversed().map { p in
                NavLink(
                    label: loc.period(p), href: root + (id.map { departmentPath($0, period: p) } ?? periodPath(p)), current: p == period)
            }
            return links.isEmpty ? nil : LinkGroup(heading: loc[kind.rawValue], links: links)
        }
    }

    /// Every department dashboard to write: the latest of each department and one per
    /// department and period (page path, department id, period; `dated` for the period ones).
    func departmentDashboards() -> [(path: String, id: String, period: Period, dated: Bool)] {
        let latest = Period.month(currentMonth)
        var out: [(path: String, id: String, period: Period, dated: Bool)] = []
        for d in content.organisation.departments {
            out.append((departmentPath(d.id), d.id, latest, false))
            for p in dashboardPeriods { out.append((departmentPath(d.id, period: p), d.id, p, true)) }
        }
        return out
    }
}
