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
    /// Position of each employee in `scores[period]`, by period.
    var positions: [Period: [Int: Int]]
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
        guard let i = positions[period]?[employee] else { return nil }
        return scores[period]?[i]
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
        @Sendable func scorecard(_ policy: Int?, _ month: Month) -> Scorecard? {
            guard let policy else { return nil }
            return results.versions.first { $0.policyIndex == policy && $0.isInForce(month) }?.rules.scorecard
        }
        @Sendable func normalized(_ score: DecimalNumber, _ card: Scorecard?) -> DecimalNumber {
            guard let card, !card.total.isZero else { return score }
            return (score * .hundred / card.total).rounded(places: 6)
        }

        var scores: [Period: [PeriodScore]] = [:]
        var trends: [PersonTrend] = []
        let current = content.currentMonth ?? results.months.last ?? Month(index: 0)

        // People in parallel chunks; each chunk's period lists are appended in employee order.
        let employeeCount = organisation.employees.count
        let chunkSize = max(256, employeeCount / 8 + 1)
        let ranges = stride(from: 0, to: employeeCount, by: chunkSize).map { $0..<min(employeeCount, $0 + chunkSize) }
        let partials = ConcurrentMap.map(ranges) { range -> ([Period: [PeriodScore]], [PersonTrend]) in
          var scores: [Period: [PeriodScore]] = [:]
          var trends: [PersonTrend] = []
          for e in range {
            let list = results.results(ofEmployee: e)
            var buckets: [Period: [PersonMonthResult]] = [:]
            var trend = PersonTrend(employee: e, change: [:], movingAverage: [:], best: nil, worst: nil, streaksInProgress: [])
            var monthly: [Month: DecimalNumber] = [:]
            for r in list {
                let card = scorecard(r.scorecardPolicy, r.month)
                var s = PeriodScore(employee: e, department: r.department, role: r.role, score: r.score,
                                    normalized: r.score.map { normalized($0, card) }, gradeIndex: r.gradeIndex,
                                    gradeID: r.gradeIndex.flatMap { card?.grades[$0].id }, scorecardPolicy: r.scorecardPolicy,
                                    notAssessedReason: nil, assessedMonths: r.assessment == .assessed ? 1 : 0, payTotal: r.payTotal)
                s.notAssessedReason = reason(r.assessment)
                scores[.month(r.month), default: []].append(s)
                if let n = s.normalized, r.assessment == .assessed { monthly[r.month] = n }
                buckets[.quarter(of: r.month), default: []].append(r)
                buckets[.year(of: r.month), default: []].append(r)
            }
            for (period, months) in buckets {
                guard let last = months.last else { continue }
                let lastCard = scorecard(last.scorecardPolicy ?? months.last { $0.scorecardPolicy != nil }?.scorecardPolicy, last.month)
                let assessed = months.filter { $0.assessment == .assessed && $0.score != nil }
                let pay = months.compactMap(\.payTotal)
                var s = PeriodScore(employee: e, department: last.department, role: last.role, score: nil, normalized: nil,
                                    gradeIndex: nil, gradeID: nil, scorecardPolicy: assessed.last?.scorecardPolicy ?? last.scorecardPolicy,
                                    notAssessedReason: nil, assessedMonths: assessed.count,
                                    payTotal: pay.isEmpty ? nil : pay.reduce(.zero, +))
                let maxMissing = lastCard?.rollup.maxMissingMonths ?? 2
                if lastCard == nil && assessed.isEmpty {
                    s.notAssessedReason = reason(last.assessment) ?? "not-covered"
                } else if assessed.isEmpty {
                    s.notAssessedReason = "no-assessed-month"
                } else if months.count - assessed.count > maxMissing {
                    s.notAssessedReason = "absent-months"
                } else {
                    let values = assessed.map { normalized($0.score!, scorecard($0.scorecardPolicy, $0.month)) }
                    let method = lastCard?.rollup.method ?? "average"
                    let value: DecimalNumber
                    switch method {
                    case "sum": value = values.reduce(.zero, +)
                    case "last": value = values.last!
                    default: value = (values.reduce(.zero, +) / DecimalNumber(values.count)).rounded(places: 6)
                    }
                    s.normalized = value
                    let card = scorecard(s.scorecardPolicy, assessed.last!.month)
                    let raw = card.map { (value * $0.total / .hundred).rounded(places: 6) } ?? value
                    s.score = raw
                    if let card, let g = card.grades.firstIndex(where: { raw >= $0.min }) {
                        s.gradeIndex = g
                        s.gradeID = card.grades[g].id
                    }
                }
                scores[period, default: []].append(s)
            }
            // Trends: moving average, best and worst.
            for r in list {
                let window = (0..<3).compactMap { monthly[r.month.advanced(by: -$0)] }
                if monthly[r.month] != nil, !window.isEmpty {
                    trend.movingAverage[r.month] = (window.reduce(.zero, +) / DecimalNumber(window.count)).rounded(places: 6)
                }
            }
            for (month, value) in monthly.sorted(by: { $0.key < $1.key }) {
                if trend.best == nil || value > trend.best!.score { trend.best = (month, value) }
                if trend.worst == nil || value < trend.worst!.score { trend.worst = (month, value) }
            }
            // Streaks in progress (by grade) at the current month.
            if let r = list.last(where: { $0.month <= current }), let policy = r.scorecardPolicy {
                for version in results.versions where version.isInForce(r.month) {
                    for rule in version.rules.streaks where !rule.grades.isEmpty {
                        var run = 0
                        for past in list.reversed() where past.month <= current {
                            let card = scorecard(past.scorecardPolicy, past.month)
                            guard past.assessment == .assessed, let g = past.gradeIndex, let card, rule.grades.contains(card.grades[g].id) else { break }
                            run += 1
                        }
                        if run > 0 && run < rule.months && !r.streaks.contains(rule.id) {
                            trend.streaksInProgress.append((rule.id, rule.name, run, rule.months))
                        }
                    }
                }
                _ = policy
            }
            trends.append(trend)
          }
          return (scores, trends)
        }
        for (partScores, partTrends) in partials {
            for (period, list) in partScores { scores[period, default: []] += list }
            trends += partTrends
        }

        // Changes against the previous period.
        var positions: [Period: [Int: Int]] = [:]
        for (period, list) in scores {
            var map: [Int: Int] = [:]
            for (i, s) in list.enumerated() { map[s.employee] = i }
            positions[period] = map
        }
        for (period, list) in scores {
            guard let previous = scores[period.previous], let previousPositions = positions[period.previous] else { continue }
            for s in list {
                guard let now = s.normalized, s.notAssessedReason == nil, let i = previousPositions[s.employee],
                      let before = previous[i].normalized, previous[i].notAssessedReason == nil else { continue }
                trends[s.employee].change[period] = now - before
            }
        }

        let periods = scores.keys.sorted()
        var rankings: [Ranking] = []
        var summaries: [DepartmentSummary] = []
        var alertCounts: [String: Int] = [:]
        for alert in results.alerts {
            for d in chainIDs[alert.department] ?? [alert.department] { alertCounts["\(d)|\(alert.month)", default: 0] += 1 }
        }
        let frozenScores = scores, frozenTrends = trends, frozenAlerts = alertCounts
        let perPeriod = ConcurrentMap.map(periods) { period -> ([Ranking], [DepartmentSummary]) in
            var rankings: [Ranking] = []
            var summaries: [DepartmentSummary] = []
            let scores = frozenScores, trends = frozenTrends, alertCounts = frozenAlerts
            let list = scores[period] ?? []
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
                summaries.append(summarise(d, period: period, list: list, members: members, trends: trends,
                                           alerts: period.months.reduce(0) { $0 + (alertCounts["\(d)|\($1)"] ?? 0) }))
            }
            for r in roleMembers.keys.sorted() {
                rankings.append(rank(list, roleMembers[r]!, period: period, group: .role(r)))
            }
            return (rankings, summaries)
        }
        for (r, s) in perPeriod {
            rankings += r
            summaries += s
        }
        var analytics = Analytics(periods: periods, scores: scores, rankings: rankings, departments: summaries, trends: trends, positions: positions)
        for (i, r) in rankings.enumerated() { analytics.rankingIndex[RankingKey(period: r.period, group: r.group.key)] = i }
        for (i, s) in summaries.enumerated() { analytics.summaryIndex[SummaryKey(department: s.department, period: s.period)] = i }
        return analytics
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

    static func summarise(_ department: String, period: Period, list: [PeriodScore], members positions: [Int], trends: [PersonTrend],
                          alerts: Int) -> DepartmentSummary {
        let members = positions.map { list[$0] }
        let assessed = members.filter { $0.notAssessedReason == nil && $0.normalized != nil }
        let values = assessed.map { $0.normalized! }.sorted()
        var grades: [String: Int] = [:]
        for s in assessed { if let g = s.gradeID { grades[g, default: 0] += 1 } }
        var median: DecimalNumber? = nil
        if !values.isEmpty {
            median = values.count % 2 == 1 ? values[values.count / 2]
                : ((values[values.count / 2 - 1] + values[values.count / 2]) / 2).rounded(places: 6)
        }
        var improved: (Int, DecimalNumber)? = nil, declined: (Int, DecimalNumber)? = nil
        for s in assessed {
            guard let change = trends[s.employee].change[period] else { continue }
            if change > .zero, improved == nil || change > improved!.1 { improved = (s.employee, change) }
            if change < .zero, declined == nil || change < declined!.1 { declined = (s.employee, change) }
        }
        return DepartmentSummary(department: department, period: period, assessed: assessed.count,
                                 notAssessed: members.filter { $0.scorecardPolicy != nil }.count - assessed.count,
                                 mean: values.isEmpty ? nil : (values.reduce(.zero, +) / DecimalNumber(values.count)).rounded(places: 6),
                                 median: median, grades: grades,
                                 payTotal: members.compactMap(\.payTotal).reduce(.zero, +), alerts: alerts,
                                 mostImproved: improved.map { (employee: $0.0, change: $0.1) },
                                 mostDeclined: declined.map { (employee: $0.0, change: $0.1) })
    }
}
