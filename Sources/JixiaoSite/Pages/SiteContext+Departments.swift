import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

extension SiteContext {
    /// The breadcrumb trail: the company (linking home), then `trail`; the last link is the page itself.
    func breadcrumbs(root: String, trail: [NavLink]) -> [NavLink] {
        var crumbs = [NavLink(label: companyName.isEmpty ? loc["home"] : companyName, href: root + "index.html")]
        crumbs += trail
        crumbs[crumbs.count - 1].current = true
        return crumbs
    }

    /// Breadcrumb links for a department and its ancestors, top level first (relative to `root`).
    func departmentTrail(_ id: String, root: String) -> [NavLink] {
        let chain = content.organisation.departmentChain(id).reversed()
        return chain.map { d in NavLink(label: departmentName(d), href: managers ? root + departmentPath(d) : "") }
    }

    /// Department ids in tree order (each parent before its children), with their depth.
    func departmentTree() -> [(id: String, depth: Int)] {
        let departments = content.organisation.departments
        var children: [String: [String]] = [:]
        var tops: [String] = []
        for d in departments {
            if let parent = d.parent, content.organisation.departmentIndex[parent] != nil {
                children[parent, default: []].append(d.id)
            } else {
                tops.append(d.id)
            }
        }
        var out: [(id: String, depth: Int)] = []
        var seen: Set<String> = []
        func visit(_ id: String, _ depth: Int) {
            guard seen.insert(id).inserted else { return }
            out.append((id, depth))
            for c in children[id] ?? [] { visit(c, depth + 1) }
        }
        for t in tops { visit(t, 0) }
        return out
    }

    /// The department index: every department in tree order with head count, mean score,
    /// change against the previous month and alert counts of the current month.
    func departmentIndexPage() -> (SimplePage, [(String, TableView)]) {
        let path = "departments/index.html"
        let period = Period.month(currentMonth)
        let previous = results.months.filter { $0 < currentMonth }.last
        let rows: [[TableView.Cell]] = departmentTree().map { (id, depth) in
            let summary = analytics.summary(id, period)
            let mean = summary?.mean?.rounded(places: 2)
            let before = previous.flatMap { analytics.summary(id, .month($0))?.mean?.rounded(places: 2) }
            let change = mean.flatMap { m in before.map { m - $0 } }
            let chainAlerts = indexes.alerts(in: [currentMonth], department: id).map { results.alerts[$0] }
            let critical = chainAlerts.filter { $0.severity == .critical }.count
            var name = departmentCell(id, from: path)
            name.style = "name tree depth-\(min(depth, 5))"
            return [
                name,
                .number(
                    loc.number(DecimalNumber((summary?.assessed ?? 0) + (summary?.notAssessed ?? 0)), places: 0),
                    value: DecimalNumber((summary?.assessed ?? 0) + (summary?.notAssessed ?? 0))),
                scoreCell(mean), changeCell(change),
                .number(loc.number(DecimalNumber(chainAlerts.count), places: 0), value: DecimalNumber(chainAlerts.count)),
                .number(loc.number(DecimalNumber(critical), places: 0), value: DecimalNumber(critical), style: critical > 0 ? "bad" : ""),
            ]
        }
        let table = tableView(
            id: "departments", caption: "\(loc["departments"]) · \(loc.month(currentMonth))",
            headers: [
                header("department"), header("head_count", numeric: true), header("mean_score", numeric: true),
                header("change", numeric: true), header("alert_count", numeric: true), header("severity_critical", numeric: true),
            ],
            rows: rows, csv: "../downloads/departments.csv", filterable: true)
        let page = SimplePage(
            chrome: chrome(path: path, pageType: "department-index", title: loc["departments"], current: "departments"),
            heading: loc["departments"], text: loc.labelled(loc["current_month"], loc.month(currentMonth)),
            table: table, hasTable: true)
        return (page, [("departments.csv", table)])
    }
}

extension SiteContext {
    /// Marks a page that shows pay for printing with the confidential header naming `period`.
    func printing(_ chrome: Chrome, period: String, hasPay: Bool) -> Chrome {
        var chrome = chrome
        chrome.printHeader = hasPay && managers
        chrome.printPeriod = period
        return chrome
    }

    /// The 404 page. A server returns it for a missing URL at any depth, so its links cannot be
    /// relative to where it lies: they start from `base_path` when it is set (not `/`), and
    /// otherwise from `./`, which its one fixed script (CONTRACT.md) turns into the site root
    /// found in the URL: the folder above the first of the site's top-level folders
    /// (`topFolders`), without a request. It carries inline critical CSS in case the
    /// stylesheet is not found (and for browsers without script).
    func notFoundPage() -> SimplePage {
        let base = content.settings.basePath
        let fixed = base != "/" && base.hasPrefix("/") ? (base.hasSuffix("/") ? base : base + "/") : nil
        var chrome = chrome(path: "404.html", pageType: "not-found", title: loc["not_found_title"], current: "", root: fixed)
        chrome.inlineCritical = true
        let years = Set(results.months.map { String($0.year) }).sorted()
        chrome.topFolders =
            (years + ["alerts", "assets", "data", "departments", "downloads", "leaderboards", "people", "policies", "search"])
            .joined(separator: " ")
        let none = tableView(id: "none", caption: "", headers: [], rows: [], csv: nil)
        return SimplePage(chrome: chrome, heading: loc["not_found_title"], text: loc["not_found_text"], table: none, hasTable: false)
    }
}
