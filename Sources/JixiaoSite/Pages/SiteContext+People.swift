import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
extension SiteContext {
    /// The page of one person.
    func personPage(_ e: Int, path: String) -> (PersonPage, [(String, TableView)]) {
        let employee = content.organisation.employees[e]
        let list = results.results(ofEmployee: e).filter { $0.month <= currentMonth }
        let root = Self.root(of: path)
        let last = list.last
        let facts = personFacts(employee, last: last, root: root)
        let summary = personSummary(last)
        let trend = analytics.trends[e]
        let chart = SVGChart.line(
            list.map { SVGChart.Point(loc.month($0.month), onScale($0.score, policy: $0.scorecardPolicy, month: $0.month)) },
            title: "\(loc["trend"]) · \(employee.name)",
            valueHeader: loc["score"], labelHeader: loc["month"], dataLabel: loc["data_table"], dataTableID: "history"
        ) { loc.score($0) }

        let history = personHistory(e, list, path: path)
        let items = personItems(e, last: last, root: root)
        var page = PersonPage(
            chrome: chrome(
                path: path, pageType: "person", title: employee.name, current: "",
                trail: departmentTrail(employee.department, root: root) + [NavLink(label: employee.name, href: "")]),
            name: employee.name, facts: facts, monthLabel: loc.month(last?.month ?? currentMonth),
            currentSummary: summary, trendChart: chart, history: history, items: items,
            hasLadder: false, ladderName: "", level: "", nextLevel: "", missing: [], allMet: false,
            streaks: trend.streaksInProgress.map { loc.labelled(loc.text($0.name), "\($0.months) / \($0.needed)") },
            hasStreaks: !trend.streaksInProgress.isEmpty,
            hasPay: false, pay: tableView(id: "pay", caption: "", headers: [], rows: [], csv: nil), payTotal: "")
        if let last { fillLadder(&page, last) }
        var tables: [(String, TableView)] = [
            ("person-\(personSlugs[e])-history.csv", history), ("person-\(personSlugs[e])-items.csv", items),
        ]
        if managers, let last, let pay = payStatement(&page, last, slug: personSlugs[e], root: root) { tables.append(pay) }
        return (page, tables)
    }

    /// The person's badge level, the next one and what is missing for it.
    func fillLadder(_ page: inout PersonPage, _ last: PersonMonthResult) {
        guard let p = last.ladderPolicy, let level = last.level,
            let ladder = results.versions.version(policy: p, month: last.month)?.rules.ladder
        else { return }
        func name(_ l: Ladder.Level) -> String { loc.name(l.name, english: l.nameEN) }
        page.hasLadder = true
        page.ladderName = ladder.name.isEmpty ? loc["current_level"] : loc.text(ladder.name)
        page.level = name(ladder.levels[level])
        page.nextLevel = level + 1 < ladder.levels.count ? name(ladder.levels[level + 1]) : ""
        page.missing = last.missingForNext.map(loc.text)
        page.allMet = last.missingForNext.isEmpty
    }

    /// The latest month's pay statement (managers only): its table on the page, the closed
    /// mark and the print header; returns its CSV download.
    func payStatement(_ page: inout PersonPage, _ last: PersonMonthResult, slug: String, root: String) -> (String, TableView)? {
        guard let p = last.payPolicy, let version = results.versions.version(policy: p, month: last.month) else { return nil }
        let names = Dictionary(uniqueKeysWithValues: version.rules.pay.map { ($0.id, $0) })
        let rows: [[TableView.Cell]] = last.pay.map { line in
            let item = names[line.id]
            return [
                .text(item.map { loc.name($0.name, english: $0.nameEN) } ?? line.id),
                .text(loc["kind_\(line.kind.rawValue)"]),
                .number(loc.money(line.amount), value: line.amount),
            ]
        }
        page.hasPay = true
        page.closedOn = closedOn(last.month)
        page.isClosed = !page.closedOn.isEmpty
        page.chrome = printing(page.chrome, period: loc.month(last.month), hasPay: true)
        page.pay = tableView(
            id: "pay", caption: "\(loc["pay_statement"]) · \(loc.month(last.month))",
            headers: [header("pay_item"), header("kind"), header("amount", numeric: true)],
            rows: rows + adjustmentRows(last, names: names),
            csv: root + "downloads/person-\(slug)-pay.csv", compact: true)
        page.payTotal = loc.money(last.payTotal)
        return ("person-\(slug)-pay.csv", page.pay)
    }

    /// The facts at the top of a person's page.
    func personFacts(_ employee: Employee, last: PersonMonthResult?, root: String) -> [Fact] {
        let organisation = content.organisation
        var facts: [Fact] = [Fact(loc["employee_id"], employee.id)]
        if let last {
            facts.append(Fact(loc["department"], departmentName(last.department), href: root + departmentPath(last.department)))
            facts.append(Fact(loc["role"], roleName(last.role)))
            facts.append(Fact(loc["status"], loc["status_\(last.status.rawValue)"]))
        }
        if let m = employee.manager, let mi = organisation.employeeIndex[m] {
            facts.append(Fact(loc["manager"], employeeName(mi), href: root + personPath(mi)))
        }
        facts.append(Fact(loc["hire_date"], loc.day(employee.hireDate)))
        facts.append(Fact(loc["tenure"], "\(employee.tenureMonths(at: currentMonth)) \(loc["months_unit"])"))
        return facts
    }

    /// The line under the facts: score, grade and coefficient of the last month, or why there are none.
    func personSummary(_ last: PersonMonthResult?) -> String {
        var summary = loc["no_data"]
        if let last {
            if last.assessment == .assessed {
                summary =
                    "\(loc["score"]) \(loc.score(onScale(last.score, policy: last.scorecardPolicy, month: last.month))) · \(loc["grade"]) \(gradeName(last.scorecardPolicy, last.month, last.gradeIndex))"
                if let c = last.coefficient { summary += " · \(loc["coefficient"]) \(loc.score(c))" }
                summary += compositionSummary(last)
            } else {
                summary = assessmentText(last.assessment)
            }
        }
        return summary
    }

    /// The scorecard items of a person's last month.
    func personItems(_ e: Int, last: PersonMonthResult?, root: String) -> TableView {
        var itemRows: [[TableView.Cell]] = []
        if let last, let card = scorecard(last.scorecardPolicy, last.month) {
            var byID: [String: ScorecardItem] = [:]
            func collect(_ items: [ScorecardItem]) { for i in items { byID[i.id] = i; collect(i.items) } }
            collect(card.items)
            for item in last.items {
                guard let def = byID[item.id] else { continue }
                let indent = loc.indent(item.depth)
                let full = card.scoring == .points ? def.points : def.weight
                itemRows.append([
                    .text(indent + (loc.name(def.name, english: def.nameEN))),
                    .number(card.scoring == .points ? loc.score(full) : loc.percent(full ?? .zero), value: full),
                    scoreCell(item.value),
                ])
            }
        }
        return tableView(
            id: "items",
            caption: ([loc["items"], last.map { loc.month($0.month) } ?? ""]
                + (last.flatMap { rawScaleNote(policy: $0.scorecardPolicy, month: $0.month) }.map { [$0] } ?? [])).joined(separator: " · "),
            headers: [header("item"), header("points", numeric: true), header("result", numeric: true)],
            rows: itemRows, csv: root + "downloads/person-\(personSlugs[e])-items.csv",
            empty: last.map { assessmentText($0.assessment) } ?? loc["no_data"], compact: true)
    }
}
