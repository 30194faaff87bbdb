import JixiaoCore
import JixiaoRules
extension SiteContext {
    /// A person's results month by month, newest first. Only the month links (to its period
    /// page, which leads to the month's department dashboards and rankings); the rank cells
    /// link only in the current month (issue 14: one link per target, not four per row).
    /// Output size (issue 14): consecutive months without a ranked score whose rows read the
    /// same (e.g. 无适用考核表, all dashes) are one row, its month cell the range
    /// (``collapsedHistory(_:)``); the department column is left out when every month is in
    /// the same department (the caption then names it).
    func personHistory(_ e: Int, _ list: [PersonMonthResult], path: String) -> TableView {
        let root = Self.root(of: path)
        let employee = content.organisation.employees[e]
        let trend = analytics.trends[e]
        let oneDepartment = Set(list.lazy.map(\.department)).count <= 1
        let rows: [HistoryRow] = list.reversed().map { r in
            var month = TableView.Cell.text(loc.month(r.month), href: managers ? root + periodPath(.month(r.month)) : nil)
            month.anchor = Self.monthAnchor(r.month)
            var cells: [TableView.Cell] = [
                month,
                scoreCell(onScale(r.score, policy: r.scorecardPolicy, month: r.month)),
                .text(
                    r.assessment == .assessed ? gradeName(r.scorecardPolicy, r.month, r.gradeIndex) : assessmentText(r.assessment),
                    style: r.assessment == .assessed ? "" : "muted"),
                .number(loc.score(r.coefficient), value: r.coefficient),
                changeCell(trend.change[.month(r.month)]),
                .number(loc.score(trend.movingAverage[r.month]), value: trend.movingAverage[r.month]?.rounded(places: 2)),
                personRankCell(e, month: r.month, root: root),
            ]
            if !oneDepartment { cells.insert(.text(departmentName(r.department)), at: 1) }
            let blank = !hasRankedScore(e, month: r.month) && cells.dropFirst().allSatisfy { !$0.hasValue && $0.links.isEmpty }
            return HistoryRow(month: r.month, cells: cells, blank: blank)
        }
        var headers = [
            header("month"), header("department"), header("score", numeric: true), header("grade"),
            header("coefficient", numeric: true), header("change", numeric: true),
            header("moving_average", numeric: true), header("ranks", sortable: false),
        ]
        var caption = "\(loc["history"]) · \(employee.name)"
        if oneDepartment {
            headers.remove(at: 1)
            if let d = list.first?.department { caption += " · " + departmentName(d) }
        }
        return tableView(
            id: "history", caption: caption, headers: headers, rows: collapsedHistory(rows),
            csv: root + "downloads/person-\(personSlugs[e])-history.csv", compact: true)
    }

    /// Whether a person has a ranked score in a month: their history row is then never
    /// collapsed, so a link to it (`#m-2026-10`, ``personPath(_:period:)``) finds its anchor.
    func hasRankedScore(_ e: Int, month: Month) -> Bool {
        guard let s = analytics.score(employee: e, period: .month(month)) else { return false }
        return s.notAssessedReason == nil && s.normalized != nil
    }

    /// The history rows with each run of consecutive blank rows that read the same made one
    /// row: its month cell `2023年12月 – 2025年11月`, linking to and anchored at the newest month.
    func collapsedHistory(_ rows: [HistoryRow]) -> [[TableView.Cell]] {
        var out: [[TableView.Cell]] = []
        var i = 0
        while i < rows.count {
            var j = i + 1
            while rows[i].blank, j < rows.count, rows[j].blank,
                zip(rows[i].cells.dropFirst(), rows[j].cells.dropFirst()).allSatisfy({ $0.text == $1.text })
            {
                j += 1
            }
            var cells = rows[i].cells
            if j - i > 1 {
                let range = loc.format("month_range", ["from": loc.month(rows[j - 1].month), "to": loc.month(rows[i].month)])
                cells[0].text = range
                cells[0].csv = range
            }
            out.append(cells)
            i = j
        }
        return out
    }
}
