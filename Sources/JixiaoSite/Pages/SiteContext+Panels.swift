import JixiaoCore
import JixiaoRules

/// The panels of a department dashboard: who needs attention, who to reward, who is close to
/// the next ladder level. Figures come from the results and analytics; the distances to a
/// level's requirements from `PersonMonthResult.nextLevelProgress` (JixiaoRules).
extension SiteContext {
    /// The people of a department (with its sub-departments) in a period: ranked, then not assessed.
    func members(_ id: String, _ period: Period) -> [Int] {
        let ranking = analytics.ranking(period, .department(id))
        return (ranking?.entries.map(\.employee) ?? []) + (ranking?.notAssessed.map(\.employee) ?? [])
    }

    /// The three panels of a department's dashboard for a period.
    func departmentPanels(_ id: String, period: Period, path: String, linkPeriod: Period?) -> [DashboardPanel] {
        let people = members(id, period)
        let attention = attentionRows(id, people, period: period, path: path, linkPeriod: linkPeriod)
        let reward = rewardRows(people, period: period, path: path, linkPeriod: linkPeriod)
        let nextLevel = nextLevelRows(people, period: period, path: path, linkPeriod: linkPeriod)
        return [
            panel("attention", "panel_attention", attention.rows, keepLast: attention.keepLast),
            panel("reward", "panel_reward", reward.rows, total: reward.total),
            panel("next-level", "panel_next_level", nextLevel.rows, total: nextLevel.total),
        ]
    }

    /// At most this many rows of a panel are on the page (its heading counts them all): a panel
    /// is read at a glance, and a large department's panels would otherwise fill its many dashboards.
    static let panelRowsShown = 50
    /// How many measurable requirements short of the next ladder level a person may be and
    /// still be listed as close to it (the manager's approval is not counted).
    static let closeToNextLevel = 1

    /// A panel with its count in the heading; at most ``panelRowsShown`` rows in its table (the
    /// caption says how many of how many when there are more): the last `keepLast` rows
    /// always, the first of the others until the panel is full. `total`, when given, is the
    /// number of rows of which `rows` are the first (a panel that made only the rows it shows).
    func panel(_ id: String, _ key: String, _ rows: [[TableView.Cell]], keepLast: Int = 0, total: Int? = nil) -> DashboardPanel {
        let count = total ?? rows.count
        let heading = loc.format("panel_heading", ["title": loc[key], "count": "\(count)"])
        let kept = min(keepLast, rows.count, Self.panelRowsShown)
        let shownRows =
            rows.count <= Self.panelRowsShown
            ? rows : Array(rows.dropLast(kept).prefix(max(0, Self.panelRowsShown - kept))) + Array(rows.suffix(kept))
        let caption =
            loc[key] + (shownRows.count < count ? loc.format("rows_shown", ["shown": "\(shownRows.count)", "total": "\(count)"]) : "")
        let table = tableView(
            id: id, caption: caption, headers: [header("name"), header("reason"), header("detail", sortable: false)],
            rows: shownRows, csv: nil, empty: loc["none"])
        return DashboardPanel(id: id, heading: heading, count: count, table: table)
    }

    /// Fail/improve grades (the two lowest bands) and missing data, then the five biggest
    /// declines and the critical alerts (`keepLast` counts these last rows, kept when a panel is cut).
    func attentionRows(_ id: String, _ people: [Int], period: Period, path: String, linkPeriod: Period?) -> (
        rows: [[TableView.Cell]], keepLast: Int
    ) {
        let low = Set(gradeOrderIDs().suffix(2))
        var rows: [[TableView.Cell]] = []
        var declines: [(Int, DecimalNumber)] = []
        for e in people {
            let s = analytics.score(employee: e, period: period)
            if let g = s?.gradeID, low.contains(g) {
                rows.append([personCell(e, from: path, period: linkPeriod), .text(gradeName(id: g)), panelScoreCell(s?.normalized)])
            }
            if let c = analytics.trends[e].change[period], c.isNegative { declines.append((e, c)) }
            if let reason = s?.notAssessedReason, reason == "missing-data" || reason == "no-data" {
                rows.append([personCell(e, from: path, period: linkPeriod), .text(reasonText(reason)), .text("")])
            }
        }
        declines.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        let personRows = rows.count
        for (e, c) in declines.prefix(5) {
            rows.append([personCell(e, from: path, period: linkPeriod), .text(loc["biggest_declines"]), panelChangeCell(c, period: period)])
        }
        let critical = indexes.alerts(in: period.months, department: id).map { results.alerts[$0] }.filter { $0.severity == .critical }
        for a in Self.triaged(critical) {
            let who =
                a.employee.map { personCell($0, from: path, period: linkPeriod) }
                ?? departmentCell(a.department, from: path, period: linkPeriod)
            rows.append([
                who, .text(loc.strings["alert_\(a.kind.rawValue)"] ?? loc["severity_critical"]), .text(alertMessage(a), style: "wrap"),
            ])
        }
        return (rows, rows.count - personRows)
    }

    /// The top grade, and streaks with a reward completed in the period, one row per person
    /// (their reasons together, the score when they have the top grade, else the months the
    /// streak completed): the first ``panelRowsShown`` rows (all the panel shows) and how many
    /// people there are.
    func rewardRows(_ people: [Int], period: Period, path: String, linkPeriod: Period?) -> (rows: [[TableView.Cell]], total: Int) {
        guard let top = gradeOrderIDs().first else { return ([], 0) }
        var rewarded: [String: String] = [:]
        for version in results.versions {
            for rule in version.rules.streaks where rule.reward != nil && rewarded[rule.id] == nil {
                rewarded[rule.id] = loc.text(rule.name)
            }
        }
        var rows: [[TableView.Cell]] = []
        var total = 0
        for e in people {
            var reasons: [String] = []
            var months: [String] = []
            let s = analytics.score(employee: e, period: period)
            if s?.gradeID == top { reasons.append(gradeName(id: top)) }
            // Read in place: a whole PersonMonthResult copied per month adds up over a year's dashboards.
            let mine = results.results(ofEmployee: e)
            for i in mine.indices where !mine[i].streaks.isEmpty && period.months.contains(mine[i].month) {
                for streak in mine[i].streaks {
                    guard let name = rewarded[streak] else { continue }
                    if !reasons.contains(name) { reasons.append(name) }
                    let month = loc.month(mine[i].month)
                    if !months.contains(month) { months.append(month) }
                }
            }
            guard !reasons.isEmpty else { continue }
            total += 1
            guard rows.count < Self.panelRowsShown else { continue }
            let separator = loc["list_separator"]
            let detail: TableView.Cell = s?.gradeID == top ? panelScoreCell(s?.normalized) : .text(months.joined(separator: separator))
            rows.append([personCell(e, from: path, period: linkPeriod), .text(reasons.joined(separator: separator)), detail])
        }
        return (rows, total)
    }

    /// The people close to their next ladder level: those who meet every measurable
    /// requirement and wait only for the manager's approval first (`银牌 · 待主管批准`), then
    /// those at most ``closeToNextLevel`` measurable requirements short (`银牌 · 差 1 项`), fewest
    /// first; further ones are left out (they are not close). Each row lists every requirement,
    /// met (✓) or missing (✗, with its value and target), and on the latest period the streaks
    /// in progress. Only the first ``panelRowsShown`` rows (all the panel shows) are made;
    /// `total` counts them all.
    func nextLevelRows(_ people: [Int], period: Period, path: String, linkPeriod: Period?) -> (rows: [[TableView.Cell]], total: Int) {
        var found: [(missing: Int, employee: Int, at: Int, next: Ladder.Level)] = []
        for e in people {
            let mine = results.results(ofEmployee: e)
            guard let at = mine.indices.last(where: { period.months.contains(mine[$0].month) }), !mine[at].nextLevelProgress.isEmpty,
                let p = mine[at].ladderPolicy, let level = mine[at].level,
                let ladder = results.versions.version(policy: p, month: mine[at].month)?.rules.ladder, level + 1 < ladder.levels.count
            else { continue }
            let short = mine[at].nextLevelProgress.filter { !$0.met && !$0.approval }.count
            if short <= Self.closeToNextLevel { found.append((short, e, at, ladder.levels[level + 1])) }
        }
        let rows = found.sorted { $0.missing < $1.missing }.prefix(Self.panelRowsShown).map { f -> [TableView.Cell] in
            var parts = results.people[f.at].nextLevelProgress.map(requirementText)
            if period.months.contains(currentMonth) {
                parts += analytics.trends[f.employee].streaksInProgress.map { "\(loc.text($0.name)) \($0.months)/\($0.needed)" }
            }
            return [
                personCell(f.employee, from: path, period: linkPeriod),
                .number(
                    loc.format(
                        f.missing == 0 ? "next_level_approval" : "next_level_missing",
                        ["level": loc.name(f.next.name, english: f.next.nameEN), "missing": "\(f.missing)"]),
                    value: DecimalNumber(f.missing)),
                .text(parts.joined(separator: loc["list_separator"]), style: "wrap"),
            ]
        }
        return (rows, found.count)
    }

    /// One requirement: `✓ name`, or `✗ name 86.4 / 需 88` with its value when measurable.
    func requirementText(_ p: RequirementProgress) -> String {
        var text = (p.met ? "✓ " : "✗ ") + loc.text(p.name)
        if !p.met, !p.approval, let value = p.value, let target = p.target, let comparison = p.comparison {
            let symbol: String
            switch comparison {
            case .atLeast, .equal: symbol = ""
            case .above: symbol = "> "
            case .atMost: symbol = "≤ "
            case .below: symbol = "< "
            case .notEqual: symbol = "≠ "
            }
            text += " " + loc.format("requirement_progress", ["value": loc.score(value), "target": symbol + loc.score(target)])
        }
        return text
    }
}
