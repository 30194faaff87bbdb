import JixiaoCore
import JixiaoRules

/// Look-ups the department, period and leaderboard pages share, built once per context
/// (company or edition) instead of scanning every department, result and alert for each page:
/// children by parent, each department's whole sub-tree, department scorecard results by
/// department, alerts by month and by (department with its sub-departments, month), and the
/// person-months with assessment-calendar stages by month and by (own department, month).
struct SiteIndexes: Sendable {
    /// A department and a month: the key of the alerts of its sub-tree in that month.
    struct DepartmentMonth: Hashable, Sendable {
        /// The department id.
        var department: String
        /// The month.
        var month: Month
    }

    /// Child department ids by parent id, in declaration order.
    private(set) var children: [String: [String]] = [:]
    /// Every department id with its sub-departments at any depth (itself included).
    private(set) var subtree: [String: Set<String>] = [:]
    /// Positions in `results.departments` by department id, in order.
    private(set) var departmentResults: [String: [Int]] = [:]
    /// Positions in `results.alerts` by month, in order.
    private(set) var alertsByMonth: [Month: [Int]] = [:]
    /// Positions in `results.alerts` by department (counting its sub-departments' alerts) and month, in order.
    private(set) var alertsBySubtree: [DepartmentMonth: [Int]] = [:]
    /// Ids of the departments that have a parent.
    private(set) var hasParent: Set<String> = []
    /// Whether any person-month has assessment-calendar stages (asked by every month's dashboards).
    private(set) var hasStages = false
    /// Positions in `results.people` of the person-months with stages, by month, in order.
    private(set) var stagedByMonth: [Month: [Int]] = [:]
    /// Positions in `results.people` of the person-months with stages, by (own department, month), in order.
    private(set) var stagedByDepartment: [DepartmentMonth: [Int]] = [:]

    /// No look-ups (the default of a context until its content and results are indexed).
    init() {}

    /// The look-ups of a content and its results.
    init(content: Content, results: Results) {
        let organisation = content.organisation
        var chains: [String: [String]] = [:]
        for d in organisation.departments {
            let chain = organisation.departmentChain(d.id)
            chains[d.id] = chain
            for ancestor in chain { subtree[ancestor, default: []].insert(d.id) }
            if let parent = d.parent {
                children[parent, default: []].append(d.id)
                hasParent.insert(d.id)
            }
        }
        for (i, r) in results.departments.enumerated() { departmentResults[r.department, default: []].append(i) }
        indexAlerts(results.alerts, chains: chains)
        indexStages(results.people)
    }

    /// Alerts by month and by (each department of the alert's chain, month).
    private mutating func indexAlerts(_ alerts: [Alert], chains: [String: [String]]) {
        for (i, alert) in alerts.enumerated() {
            alertsByMonth[alert.month, default: []].append(i)
            for d in chains[alert.department] ?? [alert.department] {
                alertsBySubtree[DepartmentMonth(department: d, month: alert.month), default: []].append(i)
            }
        }
    }

    /// The person-months with assessment-calendar stages, by month and by (department, month),
    /// read in place (a status page per month would otherwise scan and copy every person-month).
    private mutating func indexStages(_ people: [PersonMonthResult]) {
        for i in people.indices where !people[i].stages.isEmpty {
            let month = people[i].month
            stagedByMonth[month, default: []].append(i)
            stagedByDepartment[DepartmentMonth(department: people[i].department, month: month), default: []].append(i)
        }
        hasStages = !stagedByMonth.isEmpty
    }

    /// How many alerts `alerts(in:department:)` gives, without collecting them.
    func alertCount(in months: [Month], department id: String? = nil) -> Int {
        months.reduce(0) { $0 + alertPositions(in: $1, department: id).count }
    }

    /// Positions in `results.people` of the person-months of `month` with stages, in order
    /// (of department `id` only, not its sub-departments, when given).
    func staged(in month: Month, department id: String? = nil) -> [Int] {
        guard let id else { return stagedByMonth[month] ?? [] }
        return stagedByDepartment[DepartmentMonth(department: id, month: month)] ?? []
    }

    /// Positions of the alerts of `months` (of department `id` with its sub-departments when
    /// given), in the order of `results.alerts`.
    func alerts(in months: [Month], department id: String? = nil) -> [Int] {
        let found = months.flatMap { alertPositions(in: $0, department: id) }
        return months.count > 1 ? found.sorted() : found
    }

    /// Positions of one month's alerts (of department `id` with its sub-departments when given).
    private func alertPositions(in month: Month, department id: String?) -> [Int] {
        guard let id else { return alertsByMonth[month] ?? [] }
        return alertsBySubtree[DepartmentMonth(department: id, month: month)] ?? []
    }
}
