import JixiaoCore
import JixiaoMarkdown
/// Rankings, roll-ups, trends and department figures computed from the month results.
/// The method is documented in `docs/analytics.md`.
public struct Analytics: Sendable {
    /// Every period with data: months, then quarters, then years.
    public var periods: [Period]
    /// Period results of every person employed in the period.
    public var scores: [Period: [PeriodScore]]
    /// Rankings per period and group.
    public var rankings: [Ranking]
    /// Department figures per period (departments include their sub-departments).
    public var departments: [DepartmentSummary]
    /// Trends per employee index.
    public var trends: [PersonTrend]
    /// Slot of each period in `positions`.
    var periodSlots: [Period: Int] = [:]
    /// Position of each employee in `scores[period]` (−1: none), by period slot.
    var positions: [[Int32]] = []
    /// Index of each ranking by period and group key.
    var rankingIndex: [RankingKey: Int] = [:]
    /// Index of each department summary by department and period.
    var summaryIndex: [SummaryKey: Int] = [:]

    struct RankingKey: Hashable, Sendable {
        var period: Period
        var group: String
    }

    struct SummaryKey: Hashable, Sendable {
        var department: String
        var period: Period
    }

    /// A person's result for a period.
    public func score(employee: Int, period: Period) -> PeriodScore? {
        guard let slot = periodSlots[period], employee >= 0, employee < positions[slot].count else { return nil }
        let i = Int(positions[slot][employee])
        return i < 0 ? nil : scores[period]?[i]
    }

    /// A ranking.
    public func ranking(_ period: Period, _ group: Ranking.Group) -> Ranking? {
        rankingIndex[RankingKey(period: period, group: group.key)].map { rankings[$0] }
    }

    /// A department's figures for a period.
    public func summary(_ department: String, _ period: Period) -> DepartmentSummary? {
        summaryIndex[SummaryKey(department: department, period: period)].map { departments[$0] }
    }

    /// Computes everything.
    public static func compute(content: Content, results: Results) -> Analytics {
        let organisation = content.organisation
        let chainIDs = Dictionary(uniqueKeysWithValues: organisation.departments.map { ($0.id, organisation.departmentChain($0.id)) })
        let monthIndexes = results.months.map(\.index)
        let slots = PeriodSlots(first: monthIndexes.min() ?? 0, last: monthIndexes.max() ?? -1)
        let table = ScorecardTable(versions: results.versions, policyCount: content.policies.count,
                                   firstMonth: slots.firstMonth, lastMonth: slots.firstMonth + slots.monthCount - 1)
        @Sendable func normalized(_ score: DecimalNumber, _ card: Int?) -> DecimalNumber {
            guard let card, !table.cards[card].total.isZero else { return score }
            return (score * .hundred / table.cards[card].total).rounded(places: 6)
        }
        let current = content.currentMonth ?? results.months.last ?? Month(index: 0)
        let periodCount = slots.count

        // People in parallel chunks; each chunk's period lists are in employee order.
        let employeeCount = organisation.employees.count
        let chunkSize = max(256, employeeCount / 8 + 1)
        let ranges = stride(from: 0, to: employeeCount, by: chunkSize).map { $0..<min(employeeCount, $0 + chunkSize) }
        let people = results.people
        let partials = ConcurrentMap.map(ranges) { range -> ([[PeriodScore]], [PersonTrend]) in
            var scores = [[PeriodScore]](repeating: [], count: periodCount)
            for slot in scores.indices { scores[slot].reserveCapacity(range.count) }
            var trends: [PersonTrend] = []
            trends.reserveCapacity(range.count)
            var monthly = [DecimalNumber?](repeating: nil, count: slots.monthCount)
            for e in range {
                // Indexes into `people`: the results are read in place, never copied whole.
                let list = results.rangeOfEmployee[e]
                var trend = PersonTrend(employee: e, change: [:], movingAverage: [:], best: nil, worst: nil, streaksInProgress: [])
                for i in monthly.indices { monthly[i] = nil }
                for i in list {
                    let month = people[i].month, assessment = people[i].assessment
                    let card = table.index(people[i].scorecardPolicy, month)
                    let score = people[i].score
                    let s = PeriodScore(employee: e, department: people[i].department, role: people[i].role, score: score,
                                        normalized: score.map { normalized($0, card) }, gradeIndex: people[i].gradeIndex,
                                        gradeID: people[i].gradeIndex.flatMap { g in card.map { table.cards[$0].grades[g].id } },
                                        scorecardPolicy: people[i].scorecardPolicy,
                                        notAssessedReason: reason(assessment), assessedMonths: assessment == .assessed ? 1 : 0,
                                        payTotal: people[i].payTotal)
                    guard let slot = slots.month(month) else { continue }
                    if let n = s.normalized, assessment == .assessed { monthly[slot] = n }
                    scores[slot].append(s)
                }
                // Quarters and years: runs of consecutive results in the same period.
                for monthsPerPeriod in [3, 12] {
                    var start = list.lowerBound
                    while start < list.upperBound {
                        let key = people[start].month.index / monthsPerPeriod
                        var end = start + 1
                        while end < list.upperBound, people[end].month.index / monthsPerPeriod == key { end += 1 }
                        let slot = monthsPerPeriod == 3 ? slots.quarter(people[start].month) : slots.year(people[start].month)
                        scores[slot].append(rollUp(people, start..<end, employee: e, table: table, normalized: normalized))
                        start = end
                    }
                }
                // Trends: moving average, best and worst.
                trend.movingAverage.reserveCapacity(list.count)
                for i in list {
                    let month = people[i].month
                    guard let slot = slots.month(month), monthly[slot] != nil else { continue }
                    var sum = DecimalNumber.zero, count = 0
                    for back in 0..<3 where slot - back >= 0 {
                        if let v = monthly[slot - back] { sum = sum + v; count += 1 }
                    }
                    trend.movingAverage[month] = (sum / DecimalNumber(count)).rounded(places: 6)
                }
                for slot in monthly.indices {
                    guard let value = monthly[slot] else { continue }
                    let month = Month(index: slots.firstMonth + slot)
                    if trend.best == nil || value > trend.best!.score { trend.best = (month, value) }
                    if trend.worst == nil || value < trend.worst!.score { trend.worst = (month, value) }
                }
                // Streaks in progress (by grade) at the current month.
                if let r = list.last(where: { people[$0].month <= current }), people[r].scorecardPolicy != nil {
                    for version in results.versions where version.isInForce(people[r].month) {
                        for rule in version.rules.streaks where !rule.grades.isEmpty {
                            var run = 0
                            for past in list.reversed() where people[past].month <= current {
                                guard people[past].assessment == .assessed, let g = people[past].gradeIndex,
                                      let card = table.index(people[past].scorecardPolicy, people[past].month),
                                      rule.grades.contains(table.cards[card].grades[g].id) else { break }
                                run += 1
                            }
                            if run > 0 && run < rule.months && !people[r].streaks.contains(rule.id) {
                                trend.streaksInProgress.append((rule.id, rule.name, run, rule.months))
                            }
                        }
                    }
                }
                trends.append(trend)
            }
            return (scores, trends)
        }
        // Each period's list: the chunks' lists joined in order (periods in parallel).
        let slotScores = ConcurrentMap.map(Array(0..<periodCount)) { slot -> [PeriodScore] in
            var list: [PeriodScore] = []
            list.reserveCapacity(partials.reduce(0) { $0 + $1.0[slot].count })
            for part in partials { list += part.0[slot] }
            return list
        }
        var trends: [PersonTrend] = []
        trends.reserveCapacity(employeeCount)
        for part in partials { trends += part.1 }

        // Positions and changes against the previous period (aligned with each period's list).
        let positions = ConcurrentMap.map(Array(0..<periodCount)) { slot -> [Int32] in
            var map = [Int32](repeating: -1, count: slotScores[slot].isEmpty ? 0 : employeeCount)
            for (i, s) in slotScores[slot].enumerated() { map[s.employee] = Int32(i) }
            return map
        }
        let changes = ConcurrentMap.map(Array(0..<periodCount)) { slot -> [DecimalNumber?] in
            let list = slotScores[slot]
            var changes = [DecimalNumber?](repeating: nil, count: list.count)
            guard let prev = slots.previous(slot), !slotScores[prev].isEmpty else { return changes }
            let previous = slotScores[prev], previousPositions = positions[prev]
            for (k, s) in list.enumerated() {
                let i = Int(previousPositions[s.employee])
                guard i >= 0, let now = s.normalized, s.notAssessedReason == nil,
                      let before = previous[i].normalized, previous[i].notAssessedReason == nil else { continue }
                changes[k] = now - before
            }
            return changes
        }
        let changeSlots = (0..<periodCount).filter { slot in changes[slot].contains { $0 != nil } }
        let unchanged = trends
        trends = ConcurrentMap.map(ranges) { range -> [PersonTrend] in
            range.map { e in
                var trend = unchanged[e]
                trend.change.reserveCapacity(changeSlots.count)
                for slot in changeSlots {
                    let i = Int(positions[slot][e])
                    if i >= 0, let change = changes[slot][i] { trend.change[slots.period(slot)] = change }
                }
                return trend
            }
        }.flatMap { $0 }

        let usedSlots = (0..<periodCount).filter { !slotScores[$0].isEmpty }
        var alertCounts: [String: Int] = [:]
        for alert in results.alerts {
            for d in chainIDs[alert.department] ?? [alert.department] { alertCounts["\(d)|\(alert.month)", default: 0] += 1 }
        }
        let frozenAlerts = alertCounts
        let perPeriod = ConcurrentMap.map(usedSlots) { slot -> ([Ranking], [DepartmentSummary]) in
            var rankings: [Ranking] = []
            var summaries: [DepartmentSummary] = []
            let period = slots.period(slot)
            let list = slotScores[slot], alertCounts = frozenAlerts
            rankings.append(rank(list, Array(list.indices), period: period, group: .company))
            // Members as positions in `list`: no copies of the period scores.
            var departmentMembers: [String: [Int]] = [:]
            var roleMembers: [String: [Int]] = [:]
            for (i, s) in list.enumerated() {
                for d in chainIDs[s.department] ?? [s.department] { departmentMembers[d, default: []].append(i) }
                roleMembers[s.role, default: []].append(i)
            }
            for d in departmentMembers.keys.sorted() {
                let members = departmentMembers[d]!
                rankings.append(rank(list, members, period: period, group: .department(d)))
                summaries.append(summarise(d, period: period, list: list, members: members, changes: changes[slot],
                                           alerts: period.months.reduce(0) { $0 + (alertCounts["\(d)|\($1)"] ?? 0) }))
            }
            for r in roleMembers.keys.sorted() {
                rankings.append(rank(list, roleMembers[r]!, period: period, group: .role(r)))
            }
            return (rankings, summaries)
        }
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
        var analytics = Analytics(periods: periods, scores: scores, rankings: rankings, departments: summaries, trends: trends,
                                  periodSlots: periodSlots, positions: dense)
        for (i, r) in rankings.enumerated() { analytics.rankingIndex[RankingKey(period: r.period, group: r.group.key)] = i }
        for (i, s) in summaries.enumerated() { analytics.summaryIndex[SummaryKey(department: s.department, period: s.period)] = i }
        return analytics
    }

    /// A quarter's or year's result from its months (`people[months]`, in month order), as
    /// the last scorecard's roll-up says: average (default), sum or last of the assessed
    /// months' normalized scores.
    static func rollUp(_ people: [PersonMonthResult], _ months: Range<Int>, employee e: Int, table: ScorecardTable,
                       normalized: (DecimalNumber, Int?) -> DecimalNumber) -> PeriodScore {
        let last = months.upperBound - 1
        let lastPolicy = people[last].scorecardPolicy ?? months.last { people[$0].scorecardPolicy != nil }.flatMap { people[$0].scorecardPolicy }
        let lastCard = table.index(lastPolicy, people[last].month)
        var assessed = 0
        var lastAssessed: Int? = nil
        var payTotal: DecimalNumber? = nil
        for i in months {
            if people[i].assessment == .assessed && people[i].score != nil { assessed += 1; lastAssessed = i }
            if let p = people[i].payTotal { payTotal = (payTotal ?? .zero) + p }
        }
        var s = PeriodScore(employee: e, department: people[last].department, role: people[last].role, score: nil, normalized: nil,
                            gradeIndex: nil, gradeID: nil,
                            scorecardPolicy: lastAssessed.flatMap { people[$0].scorecardPolicy } ?? people[last].scorecardPolicy,
                            notAssessedReason: nil, assessedMonths: assessed, payTotal: payTotal)
        let maxMissing = lastCard.map { table.cards[$0].rollup.maxMissingMonths } ?? 2
        if lastCard == nil && assessed == 0 {
            s.notAssessedReason = reason(people[last].assessment) ?? "not-covered"
        } else if assessed == 0 {
            s.notAssessedReason = "no-assessed-month"
        } else if months.count - assessed > maxMissing {
            s.notAssessedReason = "absent-months"
        } else if let lastAssessed {
            let method = lastCard.map { table.cards[$0].rollup.method } ?? .average
            var sum = DecimalNumber.zero
            var lastValue = DecimalNumber.zero
            for i in months where people[i].assessment == .assessed {
                guard let score = people[i].score else { continue }
                lastValue = normalized(score, table.index(people[i].scorecardPolicy, people[i].month))
                sum = sum + lastValue
            }
            let value: DecimalNumber
            switch method {
            case .sum: value = sum
            case .last: value = lastValue
            case .average: value = (sum / DecimalNumber(assessed)).rounded(places: 6)
            }
            s.normalized = value
            let card = table.index(s.scorecardPolicy, people[lastAssessed].month)
            let raw = card.map { (value * table.cards[$0].total / .hundred).rounded(places: 6) } ?? value
            s.score = raw
            if let card, let g = table.cards[card].grades.firstIndex(where: { raw >= $0.min }) {
                s.gradeIndex = g
                s.gradeID = table.cards[card].grades[g].id
            }
        }
        return s
    }

    static func reason(_ assessment: Assessment) -> String? {
        switch assessment {
        case .assessed: nil
        case .notAssessed(let reason): reason
        case .missingData: "missing-data"
        case .noData: "no-data"
        case .notCovered: "not-covered"
        }
    }

    /// Ranks the people at `members` (positions in `list`) who have a scorecard, by normalized
    /// score: ties share a rank and the next rank skips; tied people are ordered by employee id
    /// (employee indexes follow id order, as the organisation sorts employees by id).
    static func rank(_ list: [PeriodScore], _ members: [Int], period: Period, group: Ranking.Group) -> Ranking {
        var assessed: [(position: Int, employee: Int, normalized: DecimalNumber)] = []
        var apart: [(employee: Int, reason: String)] = []
        assessed.reserveCapacity(members.count)
        for i in members where list[i].scorecardPolicy != nil {
            let s = list[i]
            if s.notAssessedReason == nil, let n = s.normalized { assessed.append((i, s.employee, n)) } else {
                apart.append((s.employee, s.notAssessedReason ?? "missing-data"))
            }
        }
        assessed.sort { a, b in a.normalized != b.normalized ? a.normalized > b.normalized : a.employee < b.employee }
        apart.sort { $0.employee < $1.employee }
        var entries: [Ranking.Entry] = []
        entries.reserveCapacity(assessed.count)
        let n = assessed.count
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n, assessed[j + 1].normalized == assessed[i].normalized { j += 1 }
            let tied = j - i + 1
            let below = n - j - 1
            let percentile = n == 1 ? DecimalNumber.hundred
                : ((DecimalNumber(below) + DecimalNumber(tied - 1) / 2) * .hundred / DecimalNumber(n - 1)).rounded(places: 2)
            for k in i...j {
                let a = assessed[k]
                entries.append(Ranking.Entry(employee: a.employee, rank: i + 1, tied: tied > 1, percentile: percentile,
                                             normalized: a.normalized, score: list[a.position].score ?? a.normalized))
            }
            i = j + 1
        }
        return Ranking(period: period, group: group, entries: entries, notAssessed: apart)
    }

    static func summarise(_ department: String, period: Period, list: [PeriodScore], members positions: [Int], changes: [DecimalNumber?],
                          alerts: Int) -> DepartmentSummary {
        var values: [DecimalNumber] = []
        values.reserveCapacity(positions.count)
        var grades: [String: Int] = [:]
        var scored = 0
        var payTotal = DecimalNumber.zero
        var improved: (Int, DecimalNumber)? = nil, declined: (Int, DecimalNumber)? = nil
        for i in positions {
            if list[i].scorecardPolicy != nil { scored += 1 }
            if let p = list[i].payTotal { payTotal = payTotal + p }
            guard list[i].notAssessedReason == nil, let n = list[i].normalized else { continue }
            values.append(n)
            if let g = list[i].gradeID { grades[g, default: 0] += 1 }
            guard let change = changes[i] else { continue }
            if change > .zero, improved == nil || change > improved!.1 { improved = (list[i].employee, change) }
            if change < .zero, declined == nil || change < declined!.1 { declined = (list[i].employee, change) }
        }
        let assessedCount = values.count
        values.sort()
        var median: DecimalNumber? = nil
        if !values.isEmpty {
            median = values.count % 2 == 1 ? values[values.count / 2]
                : ((values[values.count / 2 - 1] + values[values.count / 2]) / 2).rounded(places: 6)
        }
        return DepartmentSummary(department: department, period: period, assessed: assessedCount,
                                 notAssessed: scored - assessedCount,
                                 mean: values.isEmpty ? nil : (values.reduce(.zero, +) / DecimalNumber(values.count)).rounded(places: 6),
                                 median: median, grades: grades,
                                 payTotal: payTotal, alerts: alerts,
                                 mostImproved: improved.map { (employee: $0.0, change: $0.1) },
                                 mostDeclined: declined.map { (employee: $0.0, change: $0.1) })
    }
}
