import JixiaoCore
/// One analytics run: the inputs every step reads. People are processed in parallel chunks
/// (`+People`), then each period's list is joined, compared with the period before and
/// ranked (`+Periods`).
struct AnalyticsComputation: Sendable {
    /// The month results analysed.
    let results: Results
    /// Department id chain (self first, then parents) of each department id.
    let chainIDs: [String: [String]]
    /// Dense numbering of the periods.
    let slots: PeriodSlots
    /// The scorecard in force per policy and month.
    let table: ScorecardTable
    /// The month "now" (streaks in progress are counted up to it).
    let current: Month
    /// Number of employees.
    let employeeCount: Int
    /// Employee ranges processed together.
    let chunks: [Range<Int>]

    /// Prepares the run for `results` of `content`.
    init(content: Content, results: Results) {
        let organisation = content.organisation
        self.results = results
        chainIDs = Dictionary(uniqueKeysWithValues: organisation.departments.map { ($0.id, organisation.departmentChain($0.id)) })
        let monthIndexes = results.months.map(\.index)
        slots = PeriodSlots(first: monthIndexes.min() ?? 0, last: monthIndexes.max() ?? -1)
        table = ScorecardTable(
            versions: results.versions, policyCount: content.policies.count,
            firstMonth: slots.firstMonth, lastMonth: slots.firstMonth + slots.monthCount - 1)
        current = content.currentMonth ?? results.months.last ?? Month(index: 0)
        let count = organisation.employees.count
        employeeCount = count
        let chunkSize = max(256, count / 8 + 1)
        chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
    }

    /// Computes everything.
    func run() -> Analytics {
        let partials = ConcurrentMap.map(chunks) { personPeriods($0) }
        // Each period's list: the chunks' lists joined in order (periods in parallel).
        let slotScores = ConcurrentMap.map(Array(0..<slots.count)) { slot -> [PeriodScore] in
            var list: [PeriodScore] = []
            list.reserveCapacity(partials.reduce(0) { $0 + $1.scores[slot].count })
            for part in partials { list += part.scores[slot] }
            return list
        }
        var trends: [PersonTrend] = []
        trends.reserveCapacity(employeeCount)
        for part in partials { trends += part.trends }
        let positions = self.positions(slotScores)
        let changes = self.changes(slotScores, positions: positions)
        trends = withChanges(trends, positions: positions, changes: changes)
        let usedSlots = (0..<slots.count).filter { !slotScores[$0].isEmpty }
        let perPeriod = rankingsAndSummaries(usedSlots, slotScores: slotScores, changes: changes)
        var rankings: [Ranking] = []
        var summaries: [DepartmentSummary] = []
        for (r, s) in perPeriod {
            rankings += r
            summaries += s
        }
        // Periods in order: months, then quarters, then years (each chronological).
        let periods = usedSlots.map { slots.period($0) }
        var scores: [Period: [PeriodScore]] = [:]
        var periodSlots: [Period: Int] = [:]
        var dense: [[Int32]] = []
        for (i, slot) in usedSlots.enumerated() {
            scores[periods[i]] = slotScores[slot]
            periodSlots[periods[i]] = i
            dense.append(positions[slot])
        }
        var analytics = Analytics(
            periods: periods, scores: scores, rankings: rankings, departments: summaries, trends: trends,
            periodSlots: periodSlots, positions: dense)
        for (i, r) in rankings.enumerated() { analytics.rankingIndex[Analytics.RankingKey(period: r.period, group: r.group)] = i }
        for (i, s) in summaries.enumerated() {
            analytics.summaryIndex[Analytics.SummaryKey(department: s.department, period: s.period)] = i
        }
        return analytics
    }
}
