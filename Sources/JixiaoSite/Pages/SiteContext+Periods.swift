import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
extension SiteContext {
    /// Ranking rows (with links) and the not-assessed rows of a ranking; from a period's page
    /// (`linkPeriod`), person and department links keep that period.
    func rankingTables(
        _ ranking: Ranking?, period: Period, path: String, id: String, caption: String, csvName: String, linkPeriod: Period? = nil
    ) -> (TableView, TableView, [(String, TableView)]) {
        let root = Self.root(of: path)
        let rows: [[TableView.Cell]] = (ranking?.entries ?? RankingEntries()).map { entry in
            let s = analytics.score(employee: entry.employee, period: period)
            return [
                rankCell(entry),
                personCell(entry.employee, from: path, period: linkPeriod),
                departmentCell(s?.department ?? "", from: path, period: linkPeriod), .text(roleName(s?.role)),
                scoreCell(entry.normalized), .text(s?.gradeID.map { gradeName(id: $0) } ?? ""),
                changeCell(analytics.trends[entry.employee].change[period]),
                .number(loc.score(entry.percentile), value: entry.percentile),
            ]
        }
        let table = tableView(
            id: id, caption: caption,
            headers: [
                header("rank", numeric: true), header("name"), header("department"), header("role"),
                header("normalized", numeric: true), header("grade"),
                header("change", numeric: true), header("percentile", numeric: true),
            ],
            rows: rows, csv: root + "downloads/\(csvName).csv", filterable: true)
        let apartRows: [[TableView.Cell]] = (ranking?.notAssessed ?? []).map { item in
            let s = analytics.score(employee: item.employee, period: period)
            return [
                personCell(item.employee, from: path, period: linkPeriod),
                departmentCell(s?.department ?? "", from: path, period: linkPeriod), .text(reasonText(item.reason)),
            ]
        }
        let apart = tableView(
            id: id + "-apart", caption: "\(loc["not_assessed_list"]) · \(loc.period(period))",
            headers: [header("name"), header("department"), header("reason")], rows: apartRows,
            csv: root + "downloads/\(csvName)-not-assessed.csv", filterable: true, empty: loc["none"])
        return (table, apart, [("\(csvName).csv", table), ("\(csvName)-not-assessed.csv", apart)])
    }

    /// A period page's links: previous, the enclosing periods, next, and a quarter's or
    /// year's months.
    func periodLinks(_ period: Period, root: String) -> [NavLink] {
        var links: [NavLink] = []
        let known = Set(analytics.periods)
        if known.contains(period.previous) {
            links.append(NavLink(label: "← " + loc.period(period.previous), href: root + periodPath(period.previous)))
        }
        for kind in Period.Kind.allCases where kind != period.kind {
            let enclosing = Period.containing(period.months.last!, kind: kind)
            if kind.rawValue != "month", known.contains(enclosing) {
                links.append(NavLink(label: loc.period(enclosing), href: root + periodPath(enclosing)))
            }
        }
        let nextCandidates = analytics.periods.filter { $0.kind == period.kind && $0 > period && $0.months.first! <= currentMonth }
        if let next = nextCandidates.first { links.append(NavLink(label: loc.period(next) + " →", href: root + periodPath(next))) }
        if period.kind != .month {
            for m in period.months where known.contains(.month(m)) && m <= currentMonth {
                links.append(NavLink(label: loc.month(m), href: root + periodPath(.month(m))))
            }
        }
        return links
    }

    /// A period page's table of top-level departments: head counts, scores, grades, pay
    /// (managers) and alerts.
    func periodDepartmentTable(_ period: Period, path: String, root: String, name: String) -> TableView {
        let departmentRows: [[TableView.Cell]] = content.organisation.departments.filter { $0.parent == nil }.map(\.id).sorted()
            .compactMap { analytics.summary($0, period) }
            .map { s in
                var row: [TableView.Cell] = [
                    departmentCell(s.department, from: path, period: period), .number("\(s.assessed)", value: DecimalNumber(s.assessed)),
                    .number("\(s.notAssessed)", value: DecimalNumber(s.notAssessed)), scoreCell(s.mean?.rounded(places: 2)),
                    scoreCell(s.median?.rounded(places: 2)),
                    .text(gradeOrderIDs().compactMap { g in s.grades[g].map { "\(gradeName(id: g)) \($0)" } }.joined(separator: " · ")),
                ]
                if managers { row.append(.number(loc.money(s.payTotal), value: s.payTotal)) }
                row.append(.number("\(s.alerts)", value: DecimalNumber(s.alerts)))
                return row
            }
        var headers = [
            header("department"), header("assessed", numeric: true), header("not_assessed", numeric: true),
            header("mean_score", numeric: true), header("median_score", numeric: true), header("grade_distribution", sortable: false),
        ]
        if managers { headers.append(header("pay_total", numeric: true)) }
        headers.append(header("alert_count", numeric: true))
        return tableView(
            id: "departments", caption: "\(loc["departments"]) · \(loc.period(period))", headers: headers,
            rows: departmentRows, csv: root + "downloads/period-\(name)-departments.csv")
    }

    /// A period page.
    func periodPage(_ period: Period) -> (PeriodPage, [(String, TableView)]) {
        let path = periodPath(period)
        let root = Self.root(of: path)
        let name = period.description.lowercased()
        let links = periodLinks(period, root: root)
        let departments = periodDepartmentTable(period, path: path, root: root, name: name)
        let (ranking, apart, tables) = rankingTables(
            analytics.ranking(period, .company), period: period, path: path, id: "ranking",
            caption: "\(loc["leaderboards"]) · \(loc["company"]) · \(loc.period(period))\(companyNote(period, .company))",
            csvName: "period-\(name)-ranking", linkPeriod: period)
        let alerts = alertTable(
            indexes.alerts(in: period.months).map { results.alerts[$0] }, id: "alerts",
            caption: "\(loc["alerts"]) · \(loc.period(period))", path: path, csv: root + "downloads/period-\(name)-alerts.csv",
            period: period)
        let hasPayroll = managers && period.kind == .month
        var page = PeriodPage(
            chrome: printing(
                chrome(path: path, pageType: "period", title: loc.period(period), current: "periods"),
                period: loc.period(period), hasPay: hasPayroll),
            label: loc.period(period), links: links, departments: departments, ranking: ranking, notAssessed: apart,
            alerts: alerts, payrollHref: hasPayroll ? root + "downloads/payroll-\(name).csv" : "", hasPayroll: hasPayroll)
        page.picker = periodPicker(period, department: nil, from: path)
        page.departmentLinks = departmentTree().map {
            NavLink(label: departmentName($0.id), href: root + departmentPath($0.id, period: period))
        }
        if period.kind == .month { (page.closedOn, page.isClosed) = (closedOn(period.months[0]), !closedOn(period.months[0]).isEmpty) }
        if period.kind == .month { page.assessmentsHref = assessmentsHref(period.months[0], from: path) }
        return (page, [("period-\(name)-departments.csv", departments), ("period-\(name)-alerts.csv", alerts)] + tables)
    }

    /// Payroll CSV of a month: every person's pay items as columns.
    func payroll(_ month: Month) -> String {
        var itemOrder: [String] = []
        var itemNames: [String: String] = [:]
        for version in results.versions where version.isInForce(month) {
            for item in version.rules.pay where itemNames[item.id] == nil {
                itemOrder.append(item.id)
                itemNames[item.id] = loc.name(item.name, english: item.nameEN)
            }
        }
        let adjustments = payrollAdjustments(month)
        let header =
            ["ID", loc["name"], loc["department"], loc["role"], loc["policy"]] + itemOrder.map { itemNames[$0]! }
            + (adjustments.map { [$0.header] } ?? []) + [loc["total"]]
        let column = Dictionary(uniqueKeysWithValues: itemOrder.enumerated().map { ($1, $0) })
        var out = "\u{FEFF}"
        out.reserveCapacity(content.organisation.employees.count * (48 + itemOrder.count * 10))
        CSVWriter.append(header, to: &out)
        var row = [String](repeating: "", count: header.count)
        for e in content.organisation.employees.indices {
            guard let i = results.position(employee: e, month: month), let p = results.people[i].payPolicy else { continue }
            for k in row.indices { row[k] = "" }
            row[0] = content.organisation.employees[e].id
            row[1] = employeeName(e)
            row[2] = results.people[i].department
            row[3] = results.people[i].role
            row[4] = content.policies[p].slug
            for line in results.people[i].pay { if let k = column[line.id] { row[5 + k] = line.amount?.formatted(places: 2) ?? "" } }
            if let adjustments { row[5 + itemOrder.count] = adjustments.amounts[e]?.formatted(places: 2) ?? "" }
            row[header.count - 1] = results.people[i].payTotal?.formatted(places: 2) ?? ""
            CSVWriter.append(row, to: &out)
        }
        return out
    }

    /// One leaderboard to build: the period kind, the group and its label.
    struct LeaderboardSpec: Sendable {
        var kind: Period.Kind
        var group: Ranking.Group
        var label: String
        var path: String
    }

    /// The leaderboards of the current month, quarter and year × company, top-level departments, roles.
    func leaderboardSpecs() -> [LeaderboardSpec] {
        var specs: [LeaderboardSpec] = []
        let roles = Set(
            analytics.rankings.compactMap { r -> String? in
                if case .role(let x) = r.group { return x }; return nil
            }
        ).sorted()
        for kind in Period.Kind.allCases {
            let period = Period.containing(currentMonth, kind: kind)
            var groups: [Ranking.Group] = [.company]
            groups += content.organisation.departments.filter { $0.parent == nil }.map { .department($0.id) }
            groups += roles.map { .role($0) }
            for group in groups {
                guard let ranking = analytics.ranking(period, group), !(ranking.entries.isEmpty && ranking.notAssessed.isEmpty) else {
                    continue
                }
                let label: String
                switch group {
                case .company: label = loc["company"]
                case .department(let d): label = loc.labelled(loc["department_group"], departmentName(d))
                case .role(let r): label = loc.labelled(loc["role_group"], roleName(r))
                }
                specs.append(LeaderboardSpec(kind: kind, group: group, label: label, path: leaderboardPath(kind, group)))
            }
        }
        return specs
    }

    /// One leaderboard page, with links to the boards of the other scopes of its period and of
    /// its scope in the other periods (`all`: every board).
    func leaderboardPage(_ spec: LeaderboardSpec, all: [LeaderboardSpec]) -> (LeaderboardPage, [(String, TableView)]) {
        let period = Period.containing(currentMonth, kind: spec.kind)
        let heading = "\(loc["leaderboard_for"])\(spec.label) · \(loc.period(period))"
        let csvName = String(spec.path.dropFirst("leaderboards/".count).dropLast(5))
        let (table, apart, tables) = staffTables(rankingTables(
            shownRanking(analytics.ranking(period, spec.group), period: period), period: period, path: spec.path, id: "ranking",
            caption: heading + companyNote(period, spec.group), csvName: "leaderboard-" + csvName))
        return (
            LeaderboardPage(
                chrome: chrome(
                    path: spec.path, pageType: "leaderboard", title: heading, current: "leaderboards",
                    trail: [NavLink(label: loc["leaderboards"], href: "index.html"), NavLink(label: heading, href: "")]),
                heading: heading, ranking: table, notAssessed: apart, isIndex: false, groups: leaderboardSwitch(spec, all: all)), tables
        )
    }

    /// The index of leaderboards.
    func leaderboardIndex(_ specs: [LeaderboardSpec]) -> LeaderboardPage {
        let empty = tableView(id: "none", caption: "", headers: [], rows: [], csv: nil)
        let groups = Period.Kind.allCases.map { kind in
            LinkGroup(
                heading: "\(loc[kind.rawValue]) · \(loc.period(Period.containing(currentMonth, kind: kind)))",
                links: specs.filter { $0.kind == kind }.map {
                    NavLink(label: $0.label, href: String($0.path.dropFirst("leaderboards/".count)))
                })
        }
        let path = "leaderboards/index.html"
        return LeaderboardPage(
            chrome: chrome(path: path, pageType: "leaderboard", title: loc["leaderboards"], current: "leaderboards"),
            heading: loc["leaderboards"], ranking: empty, notAssessed: empty, isIndex: true, groups: groups)
    }

    /// The scope switch (the boards of the same period) and the period switch (the same scope
    /// in the other periods) of a leaderboard page, the page itself marked.
    func leaderboardSwitch(_ spec: LeaderboardSpec, all: [LeaderboardSpec]) -> [LinkGroup] {
        func link(_ s: LeaderboardSpec, _ label: String) -> NavLink {
            NavLink(label: label, href: String(s.path.dropFirst("leaderboards/".count)), current: s.path == spec.path)
        }
        let scopes = all.filter { $0.kind == spec.kind }.map { link($0, $0.label) }
        let periods = all.filter { $0.group.key == spec.group.key }.map {
            link($0, loc.period(Period.containing(currentMonth, kind: $0.kind)))
        }
        return [LinkGroup(heading: loc["board_scope"], links: scopes), LinkGroup(heading: loc["board_period"], links: periods)]
    }
}
