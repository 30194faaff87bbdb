import JixiaoCore
import JixiaoRules

extension SiteContext {
    /// Whether any person-month has assessment-calendar stages (then each month gets a status page);
    /// found once per context by ``SiteIndexes`` (every month's dashboards ask).
    var hasAssessmentCalendar: Bool { indexes.hasStages }

    /// The status page of a month: `2026/10/assessments.html`.
    func assessmentsPath(_ month: Month) -> String { Period.month(month).path + "assessments.html" }

    /// The link to a month's status page from a page at `path` (`""` without a calendar),
    /// at a department's list when `department` is given.
    func assessmentsHref(_ month: Month, from path: String, department: String? = nil) -> String {
        guard managers, hasAssessmentCalendar, month <= currentMonth else { return "" }
        return Self.root(of: path) + assessmentsPath(month) + (department.map { "#d-" + (departmentSlugs[$0] ?? Slug.make($0)) } ?? "")
    }

    /// A stage's name in the site's language (its id when no calendar declares it).
    func stageName(_ status: StageStatus, month: Month) -> String {
        let calendar = results.versions.version(policy: status.policy, month: month)?.rules.calendar
        guard let stage = calendar?.stages.first(where: { $0.id == status.stage }) else { return status.stage }
        return loc.name(stage.name, english: stage.nameEN)
    }

    /// The stages met by the person-months at `positions` (in `results.people`), in the order
    /// of first appearance (calendar order).
    func stageOrder(_ positions: [Int]) -> [(id: String, sample: StageStatus)] {
        var seen: Set<String> = []
        var order: [(id: String, sample: StageStatus)] = []
        for i in positions {
            for s in results.people[i].stages where seen.insert(s.stage).inserted { order.append((s.stage, s)) }
        }
        return order
    }

    /// The status page of `month` and its CSV.
    func assessmentsPage(_ month: Month) -> (AssessmentsPage, [(String, TableView)]) {
        let path = assessmentsPath(month)
        let stages = stageOrder(indexes.staged(in: month))
        let departments = departmentTree().map(\.id)
        var tableRows: [[TableView.Cell]] = []
        var lists: [AssessmentDepartment] = []
        for id in departments {
            let mine = indexes.staged(in: month, department: id)
            var cells: [TableView.Cell] = [departmentCell(id, from: path, period: .month(month))]
            for stage in stages {
                let states = mine.compactMap { i in results.people[i].stages.first { $0.stage == stage.id }?.state }
                let count = { (s: StageStatus.State) in "\(states.filter { $0 == s }.count)" }
                let text = loc.format(
                    states.contains(.pending) ? "calendar_cell_pending" : "calendar_cell",
                    ["on_time": count(.onTime), "late": count(.late), "missing": count(.missing), "pending": count(.pending)])
                cells.append(.text(text, style: states.contains(.missing) ? "calendar-missing" : ""))
            }
            tableRows.append(cells)
            lists.append(assessmentList(id, positions: mine, month: month, path: path))
        }
        let title = "\(loc["calendar_page"]) · \(loc.month(month))"
        let table = tableView(
            id: "assessments", caption: title,
            headers: [header("department")]
                + stages.map { TableView.Header(label: stageName($0.sample, month: month), numeric: false, sortable: false) },
            rows: tableRows, csv: "../../downloads/assessments-\(month).csv", empty: loc["none"])
        let trail = [NavLink(label: loc.period(.month(month)), href: "index.html"), NavLink(label: loc["calendar_page"], href: "")]
        let page = AssessmentsPage(
            chrome: chrome(path: path, pageType: "alerts", title: title, current: "periods", trail: trail),
            heading: title, schedule: schedule(month, stages: stages.map(\.sample)), table: table, departments: lists,
            hasDepartments: lists.contains { $0.hasPeople })
        return (page, [("assessments-\(month).csv", table)])
    }

    /// The due days of the month's stages and its publication day, in words.
    func schedule(_ month: Month, stages: [StageStatus]) -> String {
        let dues = stages.map { loc.labelled(stageName($0, month: month), loc.day($0.due)) }.joined(separator: loc["list_separator"])
        let calendar = stages.first.flatMap { results.versions.version(policy: $0.policy, month: month)?.rules.calendar }
        let publication = calendar.map { loc.day($0.publication(of: month)) } ?? ""
        return loc.format("calendar_schedule", ["stages": dues, "publication": publication, "today": loc.day(results.months.last?.lastDay ?? month.lastDay)])
    }

    /// The people of one department whose stages are missing or late this month (the list may
    /// be empty), from its person-months at `positions` in `results.people`.
    func assessmentList(_ id: String, positions: [Int], month: Month, path: String) -> AssessmentDepartment {
        var links: [NavLink] = []
        var missing = 0, late = 0
        for i in positions {
            let r = results.people[i]
            for s in r.stages where s.state == .missing || s.state == .late {
                if s.state == .missing { missing += 1 } else { late += 1 }
                let state = s.state == .missing ? loc["calendar_missing"] : loc.format("calendar_days_late", count: s.daysLate, ["days": "\(s.daysLate)"])
                links.append(
                    NavLink(
                        label: "\(employeeName(r.employee)) · \(stageName(s, month: month)) · \(state)\(reviewerNote(s, of: r.employee))",
                        href: Self.root(of: path) + personPath(r.employee, period: .month(month))))
            }
        }
        return AssessmentDepartment(
            anchor: "d-" + (departmentSlugs[id] ?? Slug.make(id)), name: departmentName(id),
            summary: loc.format("calendar_summary", ["missing": "\(missing)", "late": "\(late)"]), people: links,
            hasPeople: !links.isEmpty)
    }

    /// An assessment-calendar alert in the site's language: the stage, its due day, and when it was handed in.
    func calendarAlertMessage(_ a: Alert) -> String {
        guard let e = a.employee, let r = results.result(employee: e, month: a.month),
            let s = r.stages.first(where: { $0.stage == a.rule })
        else { return a.message }
        let stage = stageName(s, month: a.month)
        if let submitted = s.submitted {
            return loc.format(
                "calendar_alert_late", count: s.daysLate, ["stage": stage, "due": loc.day(s.due), "submitted": loc.day(submitted), "days": "\(s.daysLate)"])
        }
        return loc.format("calendar_alert_missing", ["stage": stage, "due": loc.day(s.due)])
    }
}
