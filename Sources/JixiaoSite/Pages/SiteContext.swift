import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// Everything the page builders read: content, results, analytics, strings, templates,
/// and the URL scheme of the site. Made once, complete, after the policies are rendered, and
/// then shared by every page worker as it is (an edition is a copy with its own people).
struct SiteContext: Sendable {
    var content: Content
    var results: Results
    var analytics: Analytics
    let loc: Localization
    let templates: TemplateSet
    var audience: Audience
    let currentMonth: Month
    /// Department slug by id (checked unique).
    var departmentSlugs: [String: String]
    /// Person slug by employee index (checked unique).
    var personSlugs: [String]
    /// Rendered policy bodies by policy index.
    let policyBodies: [Int: RenderedMarkdown]
    /// Whether table downloads (and the payroll) are also written as Excel workbooks.
    var workbooks = false
    /// The edition's name in the header when it is not the audience's own (a department's
    /// edition: 管理者版 · 客服部); `nil` for the staff and company editions.
    var editionLabel: String? = nil
    /// Company-wide figures a department's edition shows beside its company-wide rankings (see Editions/).
    var companyFigures: [String: CompanyFigures] = [:]
    /// The search sections of each policy body, when split once for every edition (`--all-editions`).
    var policySections: [[PolicySection]]? = nil
    /// Look-ups built once from `content` and `results` (remade whenever those are replaced).
    var indexes = SiteIndexes()

    var managers: Bool { audience == .managers }
    var showLeaderboards: Bool { managers || content.settings.staffLeaderboards }

    // MARK: URLs (relative to the site root)

    func personPath(_ e: Int) -> String { "people/\(personSlugs[e]).html" }
    func departmentPath(_ id: String) -> String { "departments/\(departmentSlugs[id] ?? Slug.make(id))/index.html" }
    func periodPath(_ p: Period) -> String { p.path + "index.html" }
    func policyPath(_ index: Int) -> String { "policies/\(content.policies[index].slug).html" }
    func leaderboardPath(_ kind: Period.Kind, _ group: Ranking.Group) -> String {
        let g: String
        switch group {
        case .company: g = "company"
        case .department(let d): g = "department-" + (departmentSlugs[d] ?? Slug.make(d))
        case .role(let r): g = "role-" + Slug.make(r)
        }
        return "leaderboards/\(kind.rawValue)-\(g).html"
    }

    /// The relative path from a page to the site root.
    static func root(of path: String) -> String {
        var depth = 0
        for b in path.utf8 where b == UInt8(ascii: "/") { depth += 1 }
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    // MARK: Names

    func employeeName(_ e: Int) -> String { content.organisation.employees[e].name }

    func departmentName(_ id: String) -> String {
        guard let i = content.organisation.departmentIndex[id] else { return id }
        let d = content.organisation.departments[i]
        return loc.name(d.name, english: d.nameEN)
    }

    func policyTitle(_ index: Int?) -> String { index.map { content.policies[$0].title } ?? "" }

    func scorecard(_ policy: Int?, _ month: Month) -> Scorecard? {
        guard let policy else { return nil }
        return results.versions.version(policy: policy, month: month)?.rules.scorecard
    }

    func gradeName(_ policy: Int?, _ month: Month, _ index: Int?) -> String {
        guard let index, let card = scorecard(policy, month), index < card.grades.count else { return "" }
        let band = card.grades[index]
        return loc.name(band.name, english: band.nameEN)
    }

    func gradeName(id: String) -> String {
        for version in results.versions {
            if let band = version.rules.scorecard?.grades.first(where: { $0.id == id }) {
                return loc.name(band.name, english: band.nameEN)
            }
        }
        return id
    }

    func reasonText(_ reason: String) -> String {
        loc.strings["reason_\(reason)"] ?? loc.text(reason)
    }

    func assessmentText(_ a: Assessment) -> String {
        switch a {
        case .assessed: return ""
        case .notAssessed(let reason): return loc.labelled(loc["not_assessed"], loc.text(reason))
        case .missingData(let names): return loc.labelled(loc["reason_missing-data"], names.joined(separator: ", "))
        case .noData: return loc["reason_no-data"]
        case .notCovered: return loc["reason_not-covered"]
        }
    }

    // MARK: Chrome

    /// The shared page parts; `trail` is the breadcrumb trail below the company (default: the page title).
    func chrome(path: String, pageType: String, title: String, current: String, trail: [NavLink]? = nil, root fixedRoot: String? = nil)
        -> Chrome
    {
        let root = fixedRoot ?? Self.root(of: path)
        var nav: [NavLink] = []
        func add(_ key: String, _ target: String) {
            nav.append(NavLink(label: loc[key], href: root + target, current: key == current))
        }
        add("home", "index.html")
        if managers { add("departments", "departments/index.html") }
        if managers { add("periods", periodPath(.month(currentMonth))) }
        if showLeaderboards { add("leaderboards", "leaderboards/index.html") }
        add("policies", "policies/index.html")
        if managers { add("alerts", "alerts/index.html") }
        add("search", "search/index.html")
        var chrome = Chrome(
            lang: loc.locale, root: root, pageType: pageType, title: title,
            siteTitle: loc.name(content.settings.title, english: content.settings.titleEN),
            company: companyName, nav: nav, t: loc.strings,
            edition: editionLabel ?? loc[managers ? "managers_edition" : "staff_edition"], managers: managers,
            loadsSearchIndex: pageType == "search")
        chrome.breadcrumbs = breadcrumbs(root: root, trail: trail ?? [NavLink(label: title, href: "")])
        chrome.hasBreadcrumbs = chrome.breadcrumbs.count > 1
        return chrome
    }

    // MARK: Tables

    func header(_ key: String, numeric: Bool = false, sortable: Bool = true) -> TableView.Header {
        TableView.Header(label: loc[key], numeric: numeric, sortable: sortable)
    }

    func tableView(
        id: String, caption: String, headers: [TableView.Header], rows: [[TableView.Cell]], csv: String?, filterable: Bool = false,
        empty: String? = nil, compact: Bool = false
    ) -> TableView {
        var table = TableView(
            id: id, caption: caption, headers: headers, rows: rows.map { TableView.Row(cells: $0) }, csvHref: csv ?? "",
            hasCSV: csv != nil && !rows.isEmpty, filterable: filterable && rows.count > 5, emptyText: empty ?? loc["no_data"],
            isEmpty: rows.isEmpty)
        table.shownRows = min(rows.count, TableView.maxRowsOnPage)
        table.compact = compact
        if table.hasCSV, let href = csv {
            table.csvName = String(href.split(separator: "/").last ?? "table.csv")
            let shownWhole = rows.count <= TableView.maxRowsOnPage
            if shownWhole, compact {
                table.inBrowser()
            } else {
                let text = Self.csv(of: table)
                if shownWhole, table.browserCSVIsExact {
                    // Issue 14: the whole table is on the page and jixiao.js makes exactly
                    // these bytes from it; a workbook is still written where the CSV was a file.
                    table.inBrowser()
                    if workbooks, text.utf8.count > TableView.inlineCSVLimit { table.addWorkbook(href) }
                } else if text.utf8.count <= TableView.inlineCSVLimit {
                    table.csvInline = true
                    table.csvHref = "data:text/csv;charset=utf-8;base64," + Data(text.utf8).base64EncodedString()
                } else {
                    table.csvText = text
                    if workbooks { table.addWorkbook(href) }
                }
            }
        }
        table.html = table.renderHTML(loc)
        return table
    }

    /// The CSV text of a table.
    static func csv(of table: TableView) -> String {
        var out = "\u{FEFF}"
        out.reserveCapacity(64 + table.rows.count * max(1, table.headers.count) * 12)
        CSVWriter.append(table.headers.map(\.label), to: &out)
        for row in table.rows { CSVWriter.append(row.cells.lazy.map(\.csv), to: &out) }
        return out
    }

    /// A rank, `21（并列）` / `21 (tied)` when others share it; sorted by the number.
    func rankCell(_ entry: Ranking.Entry) -> TableView.Cell {
        .number(entry.tied ? loc.format("rank_tied", ["rank": "\(entry.rank)"]) : "\(entry.rank)", value: DecimalNumber(entry.rank))
    }

    func scoreCell(_ value: DecimalNumber?) -> TableView.Cell { .number(loc.score(value), value: value, style: overFullStyle(value)) }

    func changeCell(_ value: DecimalNumber?) -> TableView.Cell {
        .number(loc.change(value), value: value, style: value.map { $0.isNegative ? "bad" : ($0.isZero ? "" : "good") } ?? "muted")
    }

    /// A person's name linking to their page; from a month's page, to that month's row (`period`).
    func personCell(_ e: Int, from path: String, period: Period? = nil) -> TableView.Cell {
        .text(employeeName(e), href: managers ? Self.root(of: path) + personPath(e, period: period) : nil, style: "name")
    }

    /// A department's name linking to its dashboard; from a period's page, to that period's
    /// dashboard (the shortest relative link: `cs-day.html` from a dashboard of the same month).
    func departmentCell(_ id: String, from path: String, period: Period? = nil) -> TableView.Cell {
        .text(departmentName(id), href: managers ? Self.relative(from: path, to: departmentPath(id, period: period)) : nil, style: "name")
    }

    /// The link from page `path` to the site's file `target`, both relative to the site root,
    /// without climbing out of the folders they share: from `2026/07/departments/cs.html`,
    /// `2026/07/departments/cs-day.html` is `cs-day.html` and `2026/06/departments/cs.html`
    /// is `../../06/departments/cs.html`.
    static func relative(from path: String, to target: String) -> String {
        let from = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var to = target.split(separator: "/", omittingEmptySubsequences: false)
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[from.startIndex + shared] == to[shared] { shared += 1 }
        to.removeFirst(shared)
        return String(repeating: "../", count: from.count - shared) + to.joined(separator: "/")
    }

    /// Alert rows for a set of alerts; from a period's page (`period`), links keep that period.
    /// A month's table (`period` a month, its caption naming it) has no month column, and a
    /// department's table whose alerts are all its own (`department`, named in the page's
    /// heading) no department column.
    func alertTable(
        _ alerts: [Alert], id: String, caption: String, path: String, csv: String?, period: Period? = nil, department: String? = nil
    ) -> TableView {
        var cells = AlertRowCells(site: self, path: path, period: period)
        let ownOnly = department.map { d in alerts.allSatisfy { $0.department == d } } ?? false
        let keep = [period?.kind != .month, true, true, true, !ownOnly, true, true]
        let shown = { (cells: [TableView.Cell]) in zip(cells, keep).filter(\.1).map(\.0) }
        let rows: [[TableView.Cell]] = Self.triageOrder(alerts).map { shown(cells.row(alerts[$0])) }
        let headers = [
            header("month"), header("severity"), header("kind"), header("person"), header("department"),
            header("message", sortable: false), header("policy"),
        ]
        return tableView(
            id: id, caption: caption, headers: zip(headers, keep).filter(\.1).map(\.0), rows: rows, csv: csv, filterable: true,
            empty: loc["none"])
    }

    /// Alerts for triage: newest month first, then critical, warning, info, then by department
    /// (stable, so alerts of equal rank keep their order).
    static func triaged(_ alerts: [Alert]) -> [Alert] {
        triageOrder(alerts).map { alerts[$0] }
    }

    /// The positions of `alerts` in triage order (see ``triaged(_:)``). Sorts small keys, not
    /// the alerts: a department's rank in name order stands for its name, so a year's tens
    /// of thousands of alerts are neither copied nor their names compared while sorting.
    static func triageOrder(_ alerts: [Alert]) -> [Int] {
        struct Key {
            var month: Month
            var severity: Int
            var department: Int
            var offset: Int
        }
        func rank(_ s: Alert.Severity) -> Int { s == .critical ? 0 : (s == .warning ? 1 : 2) }
        var ordinal: [String: Int] = [:]
        for a in alerts where ordinal[a.department] == nil { ordinal[a.department] = 0 }
        for (i, name) in ordinal.keys.sorted().enumerated() { ordinal[name] = i }
        var keys: [Key] = []
        keys.reserveCapacity(alerts.count)
        for (i, a) in alerts.enumerated() {
            keys.append(Key(month: a.month, severity: rank(a.severity), department: ordinal[a.department] ?? 0, offset: i))
        }
        keys.sort { a, b in
            if a.month != b.month { return a.month > b.month }
            if a.severity != b.severity { return a.severity < b.severity }
            if a.department != b.department { return a.department < b.department }
            return a.offset < b.offset
        }
        return keys.map(\.offset)
    }

    func alertMessage(_ a: Alert) -> String {
        switch a.kind {
        case .missingData: return a.message.isEmpty ? loc["reason_no-data"] : loc.labelled(loc["reason_missing-data"], a.message)
        case .promotionDue: return loc.labelled(loc["next_level"], loc.text(a.message))
        case .assessmentLate, .assessmentMissing, .reviewMissing: return calendarAlertMessage(a)
        case .pay: return payAlertMessage(a)
        case .distribution:
            guard let share = a.share, share.assessed > 0 else { return a.message }
            let grades = share.grades.map { gradeName(id: $0) }.joined(separator: loc["list_separator"])
            if let small = share.smallGroup {
                return loc.format(
                    "alert_distribution_small_group",
                    [
                        "grades": grades, "top": "\(share.top)", "assessed": "\(share.assessed)",
                        "under": "\(small.under)", "max": "\(small.max)",
                    ])
            }
            return loc.format(
                "alert_distribution_message",
                [
                    "grades": grades, "top": "\(share.top)", "assessed": "\(share.assessed)",
                    "share": loc.percent(DecimalNumber(share.top) / DecimalNumber(share.assessed)),
                    "limit": loc.percent(share.maxShare),
                ])
        default: return loc.text(a.message)
        }
    }
}
