import JixiaoCore
extension RulesEngine {
    /// Forced distribution: a department whose people in the top grades exceed its policy's
    /// limit — a share, or for a group smaller than `small_group.under` a count — counted per
    /// department or, with `scope: department_tree`, with every sub-department.
    func distributionAlerts(people: [PersonMonthResult], versions: [CompiledVersion], chainIDs: [[String]]) -> [Alert] {
        struct Key: Hashable { var policy: Int; var month: Month; var department: String }
        var counts: [Key: (assessed: Int, top: Int)] = [:]
        var limits: [Int: Scorecard.Distribution] = [:]
        for version in versions {
            if let d = version.rules.scorecard?.distribution { limits[version.policyIndex] = d }
        }
        guard !limits.isEmpty else { return [] }
        let departmentIndex = content.organisation.departmentIndex
        // By index, reading single fields: copying whole results would retain all their arrays.
        for i in people.indices where people[i].assessment == .assessed {
            guard let p = people[i].scorecardPolicy, let limit = limits[p], let g = people[i].gradeIndex else { continue }
            let month = people[i].month, department = people[i].department
            let version = versions.version(policy: p, month: month)
            let isTop = limit.grades.contains(version?.rules.scorecard?.grades[g].id ?? "")
            let chain = limit.scope == .departmentTree ? departmentIndex[department].map { chainIDs[$0] } : nil
            for department in chain ?? [department] {
                Self.tally(&counts[Key(policy: p, month: month, department: department), default: (0, 0)], isTop: isTop)
            }
        }
        var alerts: [Alert] = []
        for key in counts.keys.sorted(by: { ($0.month, $0.department, $0.policy) < ($1.month, $1.department, $1.policy) }) {
            guard let c = counts[key], let limit = limits[key.policy], c.assessed > 0,
                let message = Self.distributionExceeded(top: c.top, assessed: c.assessed, limit: limit)
            else { continue }
            let small = limit.smallGroup.flatMap { c.assessed < $0.under ? (under: $0.under, max: $0.max) : nil }
            alerts.append(
                Alert(
                    kind: .distribution, rule: "distribution", severity: .warning, message: message,
                    month: key.month, employee: nil, department: key.department, policy: key.policy,
                    share: AlertShare(
                        grades: limit.grades, top: c.top, assessed: c.assessed, maxShare: limit.maxShare,
                        smallGroup: small)))
        }
        return alerts
    }

    /// Counts one assessed person (and one in the top grades when `isTop`).
    @inline(__always)
    private static func tally(_ count: inout (assessed: Int, top: Int), isTop: Bool) {
        count.assessed += 1
        if isTop { count.top += 1 }
    }

    /// The alert message when `top` of `assessed` people in the top grades break `limit`, else `nil`.
    static func distributionExceeded(top: Int, assessed: Int, limit: Scorecard.Distribution) -> String? {
        if let small = limit.smallGroup, assessed < small.under {
            guard top > small.max else { return nil }
            return "\(top)/\(assessed) in top grades, limit \(small.max) in a group under \(small.under) people"
        }
        let share = DecimalNumber(top) / DecimalNumber(assessed)
        guard share > limit.maxShare else { return nil }
        return "\(top)/\(assessed) (\((share * 100).formatted(places: 1))%) in top grades, limit \((limit.maxShare * 100).plainText)%"
    }
}
