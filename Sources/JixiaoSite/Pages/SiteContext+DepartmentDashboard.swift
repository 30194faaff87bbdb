import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

extension SiteContext {
    /// A department dashboard for a period. The latest (`dated` false) lies at
    /// `departments/<slug>/index.html`; a `dated` one under its period's folder, and its links
    /// keep the period (department dashboards of the period, person pages at the month's row).
    func departmentPage(_ id: String, period: Period, path: String, dated: Bool) -> (DepartmentPage, [(String, TableView)]) {
        let organisation = content.organisation
        let department = organisation.departments[organisation.departmentIndex[id]!]
        let root = Self.root(of: path)
        let slug = departmentSlugs[id]!
        let linkPeriod = dated ? period : nil
        let csvBase = dated ? "department-\(slug)-\(period.description.lowercased())" : "department-\(slug)"
        var facts: [Fact] = []
        if let parent = department.parent {
            facts.append(Fact(loc["department"], departmentName(parent), href: root + departmentPath(parent, period: linkPeriod)))
        }
        if let head = department.head, let h = organisation.employeeIndex[head] {
            facts.append(Fact(loc["manager"], employeeName(h), href: root + personPath(h, period: linkPeriod)))
        }
        let series = dashboardPeriods.filter { $0.kind == period.kind && $0 <= period }
        let (trendChart, gradeChart) = departmentCharts(id, period: period, series: series)
        let people = departmentPeople(id, period: period, path: path, linkPeriod: linkPeriod, csv: root + "downloads/\(csvBase)-people.csv")
        let kpiRows: [[TableView.Cell]] = (indexes.departmentResults[id] ?? []).map { results.departments[$0] }
            .filter { $0.month <= period.months.last! }.reversed().map { r in
                [
                    .text(loc.month(r.month)), scoreCell(onScale(r.score, policy: r.policy, month: r.month)),
                    .text(r.assessment == .assessed ? gradeName(r.policy, r.month, r.gradeIndex) : assessmentText(r.assessment)),
                    .text(content.policies[r.policy].title, href: root + policyPath(r.policy)),
                ]
            }
        let kpi = tableView(
            id: "kpi", caption: loc["department_kpi"],
            headers: [header("month"), header("score", numeric: true), header("grade"), header("policy")],
            rows: kpiRows, csv: root + "downloads/\(csvBase)-kpi.csv")
        let alerts = alertTable(
            indexes.alerts(in: period.months, department: id).map { results.alerts[$0] }, id: "alerts",
            caption: "\(loc["alerts"]) · \(loc.period(period))", path: path, csv: root + "downloads/\(csvBase)-alerts.csv",
            period: linkPeriod, department: id)
        let children = (indexes.children[id] ?? []).map {
            NavLink(label: departmentName($0), href: root + departmentPath($0, period: linkPeriod))
        }
        let heading = "\(departmentName(id)) · \(loc.period(period))"
        var trail = [NavLink(label: loc["departments"], href: root + "departments/index.html")] + departmentTrail(id, root: root)
        if dated { trail.append(NavLink(label: loc.period(period), href: "")) }
        let deptChrome = chrome(path: path, pageType: "department", title: heading, current: "departments", trail: trail)
        var page = DepartmentPage(
            chrome: printing(deptChrome, period: loc.period(period), hasPay: true),
            name: departmentName(id), facts: facts, headlines: departmentHeadlines(id, series: series), trendChart: trendChart,
            gradeChart: gradeChart, people: people, kpi: kpi, hasKPI: !kpiRows.isEmpty, alerts: alerts, children: children,
            hasChildren: !children.isEmpty, heading: heading, periodLinks: periodLinks(period, department: id, from: path),
            picker: periodPicker(period, department: id, from: path))
        page.panels = departmentPanels(id, period: period, path: path, linkPeriod: linkPeriod)
        if period.kind == .month { page.assessmentsHref = assessmentsHref(period.months[0], from: path, department: id) }
        return (page, [("\(csvBase)-people.csv", people), ("\(csvBase)-kpi.csv", kpi), ("\(csvBase)-alerts.csv", alerts)])
    }

    /// A department's headline figures over a series of periods of one kind (the last is the
    /// page's); a quarter's or year's change is against the previous period, not last month.
    func departmentHeadlines(_ id: String, series: [Period]) -> [Headline] {
        let summaries = series.map { analytics.summary(id, $0) }
        let count = { (n: DecimalNumber) in loc.number(n, places: 0) }
        var headlines = [
            headline(
                "assessed", values: summaries.map { $0.map { DecimalNumber($0.assessed) } }, sense: .neutral, format: count,
                changeFormat: count),
            headline(
                "mean_score", values: summaries.map { $0?.mean?.rounded(places: 2) }, sense: .upIsGood, format: { loc.score($0) },
                changeFormat: { loc.score($0) }),
            headline(
                "median_score", values: summaries.map { $0?.median?.rounded(places: 2) }, sense: .upIsGood, format: { loc.score($0) },
                changeFormat: { loc.score($0) }),
        ]
        if managers {
            headlines.append(
                headline(
                    "pay_total", values: summaries.map { $0?.payTotal }, sense: .neutral, format: { loc.money($0) },
                    changeFormat: { loc.money($0) }))
        }
        if let kind = series.last?.kind, kind != .month {
            for i in headlines.indices { headlines[i].changeLabel = loc["change_vs_previous"] }
        }
        return headlines
    }

    /// A department's mean score over the series and its grade distribution in the period.
    func departmentCharts(_ id: String, period: Period, series: [Period]) -> (trend: String, grades: String) {
        let trendChart = SVGChart.line(
            series.map { SVGChart.Point(loc.period($0), analytics.summary(id, $0)?.mean?.rounded(places: 2)) },
            title: "\(loc["mean_score"]) · \(departmentName(id))", valueHeader: loc["mean_score"],
            labelHeader: loc[period.kind.rawValue], dataLabel: loc["data_table"]
        ) { loc.score($0) }
        let grades = analytics.summary(id, period)?.grades ?? [:]
        let gradeChart = SVGChart.bars(
            gradeOrderIDs().filter { grades[$0] != nil }.map { SVGChart.Point(gradeName(id: $0), DecimalNumber(grades[$0]!)) },
            title: "\(loc["grade_distribution"]) · \(departmentName(id)) · \(loc.period(period))", valueHeader: loc["people_count"],
            labelHeader: loc["grade"], dataLabel: loc["data_table"]
        ) { loc.number($0, places: 0) }
        return (trendChart, gradeChart)
    }

    /// The people of a department in a period: ranked ones first, then those not assessed.
    func departmentPeople(_ id: String, period: Period, path: String, linkPeriod: Period?, csv: String) -> TableView {
        let ranking = analytics.ranking(period, .department(id))
        var rows: [[TableView.Cell]] = []
        for entry in ranking?.entries ?? RankingEntries() {
            let s = analytics.score(employee: entry.employee, period: period)
            rows.append([
                rankCell(entry),
                personCell(entry.employee, from: path, period: linkPeriod), .text(roleName(s?.role)),
                scoreCell(s?.normalized), .text(s?.gradeID.map { gradeName(id: $0) } ?? ""),
                changeCell(analytics.trends[entry.employee].change[period]),
                .number(loc.score(entry.percentile), value: entry.percentile),
            ])
        }
        for item in ranking?.notAssessed ?? [] {
            let s = analytics.score(employee: item.employee, period: period)
            rows.append([
                .number("—", value: nil), personCell(item.employee, from: path, period: linkPeriod), .text(roleName(s?.role)),
                .number("—", value: nil), .text(reasonText(item.reason), style: "muted"), .number("—", value: nil),
                .number("—", value: nil),
            ])
        }
        return tableView(
            id: "people", caption: "\(loc["people_in_department"]) · \(loc.period(period))",
            headers: [
                header("rank", numeric: true), header("name"), header("role"), header("score", numeric: true),
                header("grade"), header("change", numeric: true), header("percentile", numeric: true),
            ],
            rows: rows, csv: csv, filterable: true, compact: true)
    }
}
