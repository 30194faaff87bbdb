import JixiaoCore
extension AnalyticsComputation {
    /// The period results (by period slot, in employee order) and trends of the employees in `range`.
    func personPeriods(_ range: Range<Int>) -> (scores: [[PeriodScore]], trends: [PersonTrend]) {
        var scores = [[PeriodScore]](repeating: [], count: slots.count)
        for slot in scores.indices { scores[slot].reserveCapacity(range.count) }
        var trends: [PersonTrend] = []
        trends.reserveCapacity(range.count)
        var monthly = [DecimalNumber?](repeating: nil, count: slots.monthCount)
        for e in range {
            // Indexes into `people`: the results are read in place, never copied whole.
            let list = results.rangeOfEmployee[e]
            for i in monthly.indices { monthly[i] = nil }
            monthScores(e, list, into: &scores, monthly: &monthly)
            rollUps(e, list, into: &scores)
            var trend = self.trend(e, list, monthly: monthly)
            trend.streaksInProgress = streaksInProgress(list)
            trends.append(trend)
        }
        return (scores, trends)
    }

    /// The month results of employee `e` (`people[list]`); `monthly` gets the normalized
    /// score of each assessed month, by month slot.
    func monthScores(_ e: Int, _ list: Range<Int>, into scores: inout [[PeriodScore]], monthly: inout [DecimalNumber?]) {
        let people = results.people
        for i in list {
            let month = people[i].month, assessment = people[i].assessment
            let card = table.index(people[i].scorecardPolicy, month)
            let score = people[i].score
            let s = PeriodScore(
                employee: e, department: people[i].department, role: people[i].role, score: score,
                normalized: score.map { table.normalized($0, card: card) }, gradeIndex: people[i].gradeIndex,
                gradeID: people[i].gradeIndex.flatMap { g in card.map { table.cards[$0].grades[g].id } },
                scorecardPolicy: people[i].scorecardPolicy,
                notAssessedReason: Analytics.reason(assessment), assessedMonths: assessment == .assessed ? 1 : 0,
                payTotal: people[i].payTotal)
            guard let slot = slots.month(month) else { continue }
            if let n = s.normalized, assessment == .assessed { monthly[slot] = n }
            scores[slot].append(s)
        }
    }

    /// Quarters and years of employee `e`: runs of consecutive results in the same period.
    func rollUps(_ e: Int, _ list: Range<Int>, into scores: inout [[PeriodScore]]) {
        let people = results.people
        for monthsPerPeriod in [3, 12] {
            var start = list.lowerBound
            while start < list.upperBound {
                let key = people[start].month.index / monthsPerPeriod
                var end = start + 1
                while end < list.upperBound, people[end].month.index / monthsPerPeriod == key { end += 1 }
                let slot = monthsPerPeriod == 3 ? slots.quarter(people[start].month) : slots.year(people[start].month)
                scores[slot].append(Analytics.rollUp(people, start..<end, employee: e, table: table))
                start = end
            }
        }
    }

    /// Moving average, best and worst month of employee `e` from the monthly normalized scores.
    func trend(_ e: Int, _ list: Range<Int>, monthly: [DecimalNumber?]) -> PersonTrend {
        var trend = PersonTrend(employee: e, change: [:], movingAverage: [:], best: nil, worst: nil, streaksInProgress: [])
        trend.movingAverage.reserveCapacity(list.count)
        for i in list {
            let month = results.people[i].month
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
        return trend
    }

    /// Streaks by grade in progress at the current month: for each grade streak rule in force
    /// then, the qualifying months counted toward the next completion (`StreakProgress.count`:
    /// the run restarts after each completion, so a run of 4 on a 3-month rule shows 1 / 3)
    /// when there is at least one.
    func streaksInProgress(_ list: Range<Int>) -> [(rule: String, name: String, months: Int, needed: Int)] {
        let people = results.people
        guard let r = list.last(where: { people[$0].month <= current }), people[r].scorecardPolicy != nil else { return [] }
        var found: [(rule: String, name: String, months: Int, needed: Int)] = []
        for version in results.versions where version.isInForce(people[r].month) {
            for rule in version.rules.streaks where !rule.grades.isEmpty {
                var progress = StreakProgress()
                for past in list where people[past].month <= current {
                    let step = rule.step(assessed: people[past].assessment == .assessed, qualifies: rule.qualifies(gradeID: gradeID(past)))
                    _ = progress.record(step, months: rule.months)
                }
                if progress.count > 0 { found.append((rule.id, rule.name, progress.count, rule.months)) }
            }
        }
        return found
    }

    /// The grade id of an assessed month result (`people[i]`), if any.
    func gradeID(_ i: Int) -> String? {
        // Fields read in place: no copy of the result.
        guard results.people[i].assessment == .assessed, let g = results.people[i].gradeIndex,
            let card = table.index(results.people[i].scorecardPolicy, results.people[i].month)
        else { return nil }
        return table.cards[card].grades[g].id
    }
}
