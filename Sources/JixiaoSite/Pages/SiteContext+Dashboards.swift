import JixiaoCore
import JixiaoRules

/// Period dashboards at `<period>/departments/<slug>.html`; links from a period's page keep
/// that period where a page for it exists.
///
/// Which department × period dashboards exist (they multiply, so deliberately few): every
/// month in which someone in the department was assessed, and quarters and years only for the
/// top-level departments (a sub-department's quarter or year is read from its months and
/// from its parent's dashboard). A link to a dashboard that is not written falls back to the
/// department's latest dashboard (`departments/<slug>/index.html`).
extension SiteContext {
    /// The periods that have pages: every period with data that starts by the current month.
    var dashboardPeriods: [Period] { analytics.periods.filter { $0.months.first! <= currentMonth } }

    /// A department's dashboard: the period's (`2026/10/departments/cs.html`) when it is
    /// written, otherwise the latest (`departments/cs/index.html`).
    func departmentPath(_ id: String, period: Period?) -> String {
        guard let period, hasDashboard(id, period) else { return departmentPath(id) }
        return period.path + "departments/\(departmentSlugs[id] ?? Slug.make(id)).html"
    }

    /// A person's page; for a month in which they have a ranked score, at that month's row
    /// (`#m-2026-10`; rows of other months may be collapsed into a range, see ``personHistory``).
    func personPath(_ e: Int, period: Period?) -> String {
        guard let period, period.kind == .month, hasRankedScore(e, month: period.months[0]) else { return personPath(e) }
        return personPath(e) + "#" + Self.monthAnchor(period.months[0])
    }

    /// The anchor of a month's row on a person page.
    static func monthAnchor(_ month: Month) -> String { "m-\(month.description)" }

    /// Whether a period has pages.
    func hasDashboard(_ period: Period) -> Bool {
        period.months.first! <= currentMonth && analytics.periods.contains(period)
    }

    /// Whether department `id` has a dashboard for `period`: a month in which someone in it
    /// was assessed, or, for a top-level department, such a quarter or year.
    func hasDashboard(_ id: String, _ period: Period) -> Bool {
        period.months.first! <= currentMonth && (period.kind == .month || !indexes.hasParent.contains(id))
            && (analytics.summary(id, period)?.assessed ?? 0) > 0
    }

    /// Whether the dashboard of `period` exists, for department `id` or (`nil`) the company.
    private func exists(_ period: Period, department id: String?) -> Bool {
        id.map { hasDashboard($0, period) } ?? true
    }

    /// Previous and next period of the same kind, the enclosing quarter and year, and the
    /// latest dashboard, for a department's dashboard (`id`) or the company's (`nil`).
    func periodLinks(_ period: Period, department id: String?, from path: String) -> [NavLink] {
        let root = Self.root(of: path)
        func href(_ p: Period) -> String { root + (id.map { departmentPath($0, period: p) } ?? periodPath(p)) }
        let sameKind = dashboardPeriods.filter { $0.kind == period.kind && exists($0, department: id) }
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
            if hasDashboard(enclosing), exists(enclosing, department: id) {
                links.append(NavLink(label: loc.period(enclosing), href: href(enclosing)))
            }
        }
        if let id { links.append(NavLink(label: loc["latest_period"], href: root + departmentPath(id))) }
        return links
    }

    /// The period picker, the shown period marked. The company's lists every period with pages
    /// by kind (newest first); a department's, to stay small on its many dashboards, lists the
    /// months and quarters of the shown period's year and one link per year (the year's
    /// dashboard, or the year's latest month where the department has no year dashboard).
    func periodPicker(_ period: Period, department id: String?, from path: String) -> [LinkGroup] {
        let root = Self.root(of: path)
        func link(_ p: Period, _ label: String, current: Bool) -> NavLink {
            NavLink(label: label, href: root + (id.map { departmentPath($0, period: p) } ?? periodPath(p)), current: current)
        }
        let shown = dashboardPeriods.filter { exists($0, department: id) }
        let year = period.year
        return Period.Kind.allCases.compactMap { kind in
            var links: [NavLink] = []
            for p in shown.reversed() where p.kind == kind && (id == nil || kind == .year || p.year == year) {
                links.append(link(p, loc.period(p), current: p == period))
            }
            if id != nil, kind == .year, !shown.contains(where: { $0.kind == .year }) {
                let years = Dictionary(grouping: shown.filter { $0.kind == .month }, by: \.year)
                for y in years.keys.sorted(by: >) where y != year {
                    let last = years[y]!.max()!
                    links.append(link(last, loc.period(last), current: false))
                }
            }
            return links.isEmpty ? nil : LinkGroup(heading: loc[kind.rawValue], links: links)
        }
    }

    /// Every department dashboard to write: the latest of each department and one per
    /// department and period that has one (page path, department id, period; `dated` for the period ones).
    func departmentDashboards() -> [(path: String, id: String, period: Period, dated: Bool)] {
        let latest = Period.month(currentMonth)
        let periods = dashboardPeriods
        var out: [(path: String, id: String, period: Period, dated: Bool)] = []
        for d in content.organisation.departments {
            out.append((departmentPath(d.id), d.id, latest, false))
            for p in periods where hasDashboard(d.id, p) { out.append((departmentPath(d.id, period: p), d.id, p, true)) }
        }
        return out
    }
}
