import JixiaoCore
extension AnalyticsComputation {
    /// Position of each employee in each period's list (−1: none; empty for an empty period).
    func positions(_ slotScores: [[PeriodScore]]) -> [[Int32]] {
        ConcurrentMap.map(Array(0..<slots.count)) { slot -> [Int32] in
            var map = [Int32](repeating: -1, count: slotScores[slot].isEmpty ? 0 : employeeCount)
            for (i, s) in slotScores[slot].enumerated() { map[s.employee] = Int32(i) }
            return map
        }
    }

    /// Change of each period result against the same person's previous period (aligned with
    /// each period's list; `nil` unless both are assessed).
    func changes(_ slotScores: [[PeriodScore]], positions: [[Int32]]) -> [[DecimalNumber?]] {
        ConcurrentMap.map(Array(0..<slots.count)) { slot -> [DecimalNumber?] in
            let list = slotScores[slot]
            var changes = [DecimalNumber?](repeating: nil, count: list.count)
            guard let prev = slots.previous(slot), !slotScores[prev].isEmpty else { return changes }
            let previous = slotScores[prev], previousPositions = positions[prev]
            for (k, s) in list.enumerated() {
                let i = Int(previousPositions[s.employee])
                guard i >= 0, let now = s.normalized, s.notAssessedReason == nil,
                    let before = previous[i].normalized, previous[i].notAssessedReason == nil
                else { continue }
                changes[k] = now - before
            }
            return changes
        }
    }

    /// The trends with each person's changes by period filled in.
    func withChanges(_ trends: [PersonTrend], positions: [[Int32]], changes: [[DecimalNumber?]]) -> [PersonTrend] {
        let changeSlots = (0..<slots.count).filter { slot in changes[slot].contains { $0 != nil } }
        return ConcurrentMap.map(chunks) { range -> [PersonTrend] in
            range.map { e in
                var trend = trends[e]
                trend.change.reserveCapacity(changeSlots.count)
                for slot in changeSlots {
                    let i = Int(positions[slot][e])
                    if i >= 0, let change = changes[slot][i] { trend.change[slots.period(slot)] = change }
                }
                return trend
            }
        }.flatMap { $0 }
    }

    /// Per used period slot: the rankings (company, departments, roles) and department summaries.
    func rankingsAndSummaries(
        _ usedSlots: [Int], slotScores: [[PeriodScore]],
        changes: [[DecimalNumber?]]
    ) -> [([Ranking], [DepartmentSummary])] {
        var alertCounts: [String: Int] = [:]
        for alert in results.alerts {
            for d in chainIDs[alert.department] ?? [alert.department] { alertCounts["\(d)|\(alert.month)", default: 0] += 1 }
        }
        let frozenAlerts = alertCounts
        return ConcurrentMap.map(usedSlots) { slot -> ([Ranking], [DepartmentSummary]) in
            var rankings: [Ranking] = []
            var summaries: [DepartmentSummary] = []
            let period = slots.period(slot)
            let list = slotScores[slot], alertCounts = frozenAlerts
            rankings.append(Analytics.rank(list, Array(list.indices), period: period, group: .company))
            // Members as positions in `list`: no copies of the period scores.
            var departmentMembers: [String: [Int]] = [:]
            var roleMembers: [String: [Int]] = [:]
            for (i, s) in list.enumerated() {
                for d in chainIDs[s.department] ?? [s.department] { departmentMembers[d, default: []].append(i) }
                roleMembers[s.role, default: []].append(i)
            }
            for d in departmentMembers.keys.sorted() {
                let members = departmentMembers[d]!
                rankings.append(Analytics.rank(list, members, period: period, group: .department(d)))
                summaries.append(
                    Analytics.summarise(
                        d, period: period, list: list, members: members, changes: changes[slot],
                        alerts: period.months.reduce(0) { $0 + (alertCounts["\(d)|\($1)"] ?? 0) }))
            }
            for r in roleMembers.keys.sorted() {
                rankings.append(Analytics.rank(list, roleMembers[r]!, period: period, group: .role(r)))
            }
            return (rankings, summaries)
        }
    }
}
