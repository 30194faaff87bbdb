import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
extension SiteContext {
    /// Mean normalized score, assessed count and pay total of a month over the whole company.
    func companyFigures(_ month: Month) -> (assessed: Int, mean: DecimalNumber?, pay: DecimalNumber, alerts: Int) {
        let list = analytics.scores[.month(month)] ?? []
        let assessed = list.filter { $0.notAssessedReason == nil && $0.normalized != nil }
        let mean =
            assessed.isEmpty ? nil : (assessed.map { $0.normalized! }.reduce(.zero, +) / DecimalNumber(assessed.count)).rounded(places: 2)
        let pay = list.compactMap(\.payTotal).reduce(.zero, +)
        return (assessed.count, mean, pay, results.alerts.filter { $0.month == month }.count)
    }

    /// A headline figure; `sense` says whether a rise is good, bad or neutral, which sets the
    /// change's tone and arrow. The change shows absolute and, when the previous value is not zero, %.
    func headline(
        _ key: String, values: [DecimalNumber?], sense: HeadlineSense, format: (DecimalNumber) -> String,
        changeFormat: (DecimalNumber) -> String
    ) -> Headline {
        let current = values.last ?? nil
        let previous = values.count >= 2 ? values[values.count - 2] : nil
        var change = "", direction = "flat"
        if let current, let previous {
            let d = current - previous
            change = d.isZero ? "0" : (d.isNegative ? "−" : "+") + changeFormat(d.magnitude)
            direction = d.isZero ? "flat" : (d.isNegative ? "down" : "up")
            if !d.isZero, !previous.isZero {
                let ratio = d.magnitude / previous.magnitude
                change = loc.format("change_with_percent", ["change": change, "percent": (d.isNegative ? "−" : "+") + loc.percent(ratio)])
            }
        } else {
            change = loc["no_previous"]
        }
        var headline = Headline(
            label: loc[key], value: current.map(format) ?? "—", change: change, direction: direction,
            changeLabel: loc["change_vs_last"], sparkline: SVGChart.sparkline(values, label: loc[key]))
        headline.arrow = direction == "up" ? "▲" : (direction == "down" ? "▼" : "→")
        headline.tone = sense.tone(direction)
        return headline
    }

    /// The home page.
    func homePage() -> (HomePage, [(String, TableView)]) {
        let path = "index.html"
        let headlines = homeHeadlines()
        let period = Period.month(currentMonth)
        let (gradeChart, departmentChart) = homeCharts(period)
        let ranking = analytics.ranking(period, .company)
        let topRows: [[TableView.Cell]] = (ranking?.entries ?? RankingEntries()).prefix(10).map { entry in
            let s = analytics.score(employee: entry.employee, period: period)
            return [
                rankCell(entry),
                personCell(entry.employee, from: path), departmentCell(s?.department ?? "", from: path),
                scoreCell(entry.normalized), .text(s?.gradeID.map { gradeName(id: $0) } ?? ""),
            ]
        }
        let top = tableView(
            id: "top", caption: "\(loc["top_performers"]) · \(loc.month(currentMonth))\(companyNote(period, .company))",
            headers: [
                header("rank", numeric: true), header("name"), header("department"), header("normalized", numeric: true), header("grade"),
            ],
            rows: topRows, csv: "downloads/home-top.csv")
        let improvers = homeImprovers(period, path: path)
        let monthAlerts = Self.triaged(results.alerts.filter { $0.month == currentMonth })
        let alerts = alertTable(
            Array(monthAlerts.prefix(20)), id: "alerts", caption: "\(loc["alerts"]) · \(loc.month(currentMonth))",
            path: path, csv: "downloads/home-alerts.csv")
        var periodLinks: [NavLink] = []
        for p in analytics.periods.reversed() where p.months.first! <= currentMonth {
            periodLinks.append(NavLink(label: loc.period(p), href: periodPath(p)))
        }
        let policyLinks = content.policies.indices.map {
            NavLink(label: content.policies[$0].title, href: policyPath($0), note: content.policies[$0].summary ?? "")
        }
        let boardLinks = showLeaderboards ? [NavLink(label: loc["leaderboards"], href: "leaderboards/index.html")] : []
        var page = HomePage(
            chrome: printing(
                chrome(path: path, pageType: "home", title: loc["home"], current: "home", trail: []),
                period: loc.month(currentMonth), hasPay: true),
            monthLabel: loc.month(currentMonth), headlines: headlines, gradeChart: gradeChart, departmentChart: departmentChart,
            top: top, improvers: improvers, alerts: alerts, periodLinks: periodLinks, managers: managers,
            policyLinks: policyLinks, leaderboardLinks: boardLinks, hasLeaderboards: !boardLinks.isEmpty)
        if !managers { (page.policyGroups, page.roleOptions) = (staffPolicyGroups(), staffRoleOptions()) }
        return (page, managers ? [("home-top.csv", top), ("home-improvers.csv", improvers), ("home-alerts.csv", alerts)] : [])
    }

    /// The home page's headline figures, month by month.
    func homeHeadlines() -> [Headline] {
        let months = results.months.filter { $0 <= currentMonth }
        let figures = months.map(companyFigures)
        var headlines = [
            headline(
                "assessed", values: figures.map { DecimalNumber($0.assessed) }, sense: .neutral, format: { loc.number($0, places: 0) },
                changeFormat: { loc.number($0, places: 0) }),
            headline(
                "mean_score", values: figures.map(\.mean), sense: .upIsGood, format: { loc.score($0) }, changeFormat: { loc.score($0) }),
            headline(
                "alert_count", values: figures.map { DecimalNumber($0.alerts) }, sense: .downIsGood, format: { loc.number($0, places: 0) },
                changeFormat: { loc.number($0, places: 0) }),
        ]
        if managers {
            headlines.insert(
                headline(
                    "pay_total", values: figures.map { $0.pay }, sense: .neutral, format: { loc.money($0) }, changeFormat: { loc.money($0) }
                ), at: 2)
        }
        return headlines
    }

    /// The home page's charts: grades of the month, and mean scores of the top-level departments.
    func homeCharts(_ period: Period) -> (grades: String, departments: String) {
        var gradeCounts: [String: Int] = [:]
        for s in analytics.scores[period] ?? [] where s.notAssessedReason == nil {
            if let g = s.gradeID { gradeCounts[g, default: 0] += 1 }
        }
        let gradeOrder = gradeOrderIDs()
        let gradeChart = SVGChart.bars(
            gradeOrder.filter { gradeCounts[$0] != nil }.map { SVGChart.Point(gradeName(id: $0), DecimalNumber(gradeCounts[$0]!)) },
            title: "\(loc["grade_distribution"]) · \(loc.month(currentMonth))", valueHeader: loc["people_count"],
            labelHeader: loc["grade"], dataLabel: loc["data_table"]
        ) { loc.number($0, places: 0) }
        let tops = content.organisation.departments.filter { $0.parent == nil }
        // Highest mean first (departments without one last), each bar linking to its dashboard.
        let deptPoints = tops.map {
            SVGChart.Point(
                departmentName($0.id), analytics.summary($0.id, period)?.mean.map { $0.rounded(places: 2) },
                href: managers ? departmentPath($0.id) : nil)
        }.sorted { a, b in
            switch (a.value, b.value) {
            case (let x?, let y?): return x != y ? x > y : a.label < b.label
            case (nil, nil): return a.label < b.label
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        let departmentChart = SVGChart.bars(
            deptPoints, title: "\(loc["department_comparison"]) · \(loc["mean_score"])", valueHeader: loc["mean_score"],
            labelHeader: loc["department"], dataLabel: loc["data_table"]
        ) { loc.score($0) }
        return (gradeChart, departmentChart)
    }

    /// The ten biggest improvers since last month.
    func homeImprovers(_ period: Period, path: String) -> TableView {
        var changes: [(Int, DecimalNumber)] = []
        for s in analytics.scores[period] ?? [] {
            if let c = analytics.trends[s.employee].change[period] { changes.append((s.employee, c)) }
        }
        changes.sort { $0.1 != $1.1 ? $0.1 > $1.1 : content.organisation.employees[$0.0].id < content.organisation.employees[$1.0].id }
        let improverRows: [[TableView.Cell]] = changes.prefix(10).filter { $0.1 > .zero }.map { (e, c) in
            [
                personCell(e, from: path), departmentCell(analytics.score(employee: e, period: period)?.department ?? "", from: path),
                scoreCell(analytics.score(employee: e, period: period)?.normalized), changeCell(c),
            ]
        }
        return tableView(
            id: "improvers", caption: "\(loc["biggest_improvers"]) · \(loc["change_vs_last"])",
            headers: [header("name"), header("department"), header("normalized", numeric: true), header("change", numeric: true)],
            rows: improverRows, csv: "downloads/home-improvers.csv", empty: loc["none"])
    }

    /// Grade ids from best to worst across the scorecards (first scale wins the order).
    func gradeOrderIDs() -> [String] {
        var order: [String] = []
        for version in results.versions {
            for band in version.rules.scorecard?.grades ?? [] where !order.contains(band.id) { order.append(band.id) }
        }
        return order
    }
}
