import JixiaoCore

extension Analytics {
    /// Rebuilds the look-up indexes (person positions, rankings and department summaries by
    /// key) from the public lists, after a caller replaced them, e.g. to keep only the people
    /// of one department's edition. `employeeCount` is the number of employees the lists'
    /// employee indexes refer to.
    package mutating func reindex(employeeCount: Int) {
        periodSlots = [:]
        positions = []
        for (slot, period) in periods.enumerated() {
            periodSlots[period] = slot
            var dense = [Int32](repeating: -1, count: employeeCount)
            for (i, s) in (scores[period] ?? []).enumerated() where s.employee >= 0 && s.employee < employeeCount {
                dense[s.employee] = Int32(i)
            }
            positions.append(dense)
        }
        rankingIndex = [:]
        for (i, r) in rankings.enumerated() { rankingIndex[RankingKey(period: r.period, group: r.group)] = i }
        summaryIndex = [:]
        for (i, s) in departments.enumerated() { summaryIndex[SummaryKey(department: s.department, period: s.period)] = i }
    }
}
