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
    /// Index of each ranking by period and group (the group itself: its string key was made anew on every look-up).
    var rankingIndex: [RankingKey: Int] = [:]
    /// Index of each department summary by department and period.
    var summaryIndex: [SummaryKey: Int] = [:]

    struct RankingKey: Hashable, Sendable {
        var period: Period
        var group: Ranking.Group
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
        rankingIndex[RankingKey(period: period, group: group)].map { rankings[$0] }
    }

    /// A department's figures for a period.
    public func summary(_ department: String, _ period: Period) -> DepartmentSummary? {
        summaryIndex[SummaryKey(department: department, period: period)].map { departments[$0] }
    }

    /// Computes everything.
    public static func compute(content: Content, results: Results) -> Analytics {
        AnalyticsComputation(content: content, results: results).run()
    }

    /// A quarter's or year's result from its months (`people[months]`, in month order), as
    /// the last scorecard's roll-up says: average (default), sum or last of the assessed
    /// months' normalized scores.
    static func rollUp(_ people: [PersonMonthResult], _ months: Range<Int>, employee e: Int, table: ScorecardTable) -> PeriodScore {
        let last = months.upperBound - 1
        let lastPolicy =
            people[last].scorecardPolicy ?? months.last { people[$0].scorecardPolicy != nil }.flatMap { people[$0].scorecardPolicy }
        let lastCard = table.index(lastPolicy, people[last].month)
        var assessed = 0
        var lastAssessed: Int? = nil
        var payTotal: DecimalNumber? = nil
        for i in months {
            if people[i].assessment == .assessed && people[i].score != nil { assessed += 1; lastAssessed = i }
            if let p = people[i].payTotal { payTotal = (payTotal ?? .zero) + p }
        }
        var s = PeriodScore(
            employee: e, department: people[last].department, role: people[last].role, score: nil, normalized: nil,
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
                lastValue = table.normalized(score, card: table.index(people[i].scorecardPolicy, people[i].month))
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
            if let card, let g = table.cards[card].bandIndex(for: raw) {
                s.gradeIndex = g
                s.gradeID = table.cards[card].grades[g].id
            }
        }
        return s
    }

    /// Why a month is not assessed, as written in period results (`nil`: assessed).
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
            if s.notAssessedReason == nil, let n = s.normalized {
                assessed.append((i, s.employee, n))
            } else {
                apart.append((s.employee, s.notAssessedReason ?? "missing-data"))
            }
        }
        assessed.sort { a, b in a.normalized != b.normalized ? a.normalized > b.normalized : a.employee < b.employee }
        apart.sort { $0.employee < $1.employee }
        var entries: [RankingEntries.Packed] = []
        entries.reserveCapacity(assessed.count)
        let n = assessed.count
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n, assessed[j + 1].normalized == assessed[i].normalized { j += 1 }
            let tied = j - i + 1
            let below = n - j - 1
            let percentile =
                n == 1
                ? DecimalNumber.hundred
                : ((DecimalNumber(below) + DecimalNumber(tied - 1) / 2) * .hundred / DecimalNumber(n - 1)).rounded(places: 2)
            let hundredths = Int16(percentile.raw / 10_000)
            for k in i...j {
                entries.append(
                    RankingEntries.Packed(
                        employee: Int32(assessed[k].employee), position: Int32(assessed[k].position), rank: Int32(i + 1),
                        percentile: hundredths, tied: tied > 1))
            }
            i = j + 1
        }
        return Ranking(period: period, group: group, entries: RankingEntries(entries, scores: list), notAssessed: apart)
    }

    /// A department's figures for a period from its members (positions in `list`).
    static func summarise(
        _ department: String, period: Period, list: [PeriodScore], members positions: [Int], changes: [DecimalNumber?],
        alerts: Int
    ) -> DepartmentSummary {
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
            median =
                values.count % 2 == 1
                ? values[values.count / 2]
                : ((values[values.count / 2 - 1] + values[values.count / 2]) / 2).rounded(places: 6)
        }
        return DepartmentSummary(
            department: department, period: period, assessed: assessedCount,
            notAssessed: scored - assessedCount,
            mean: values.isEmpty ? nil : (values.reduce(.zero, +) / DecimalNumber(values.count)).rounded(places: 6),
            median: median, grades: grades,
            payTotal: payTotal, alerts: alerts,
            mostImproved: improved.map { (employee: $0.0, change: $0.1) },
            mostDeclined: declined.map { (employee: $0.0, change: $0.1) })
    }
}
