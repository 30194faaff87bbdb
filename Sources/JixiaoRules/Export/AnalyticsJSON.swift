import JixiaoCore
import JixiaoMarkdown
/// Writes analytics into the results JSON (see docs/results-schema.md).
enum AnalyticsJSON {
    static func write(_ w: inout JSONWriter, _ analytics: Analytics, content: Content, includePay: Bool) {
        let employees = content.organisation.employees
        // Periods are written in parallel and joined in order.
        let parts = ConcurrentMap.map(analytics.periods) { period -> [UInt8] in
            var w = JSONWriter(indent: 0, elementsAtDepth: 3)
            w.beginObject()
            w.string("id", period.description)
            w.string("kind", period.kind.rawValue)
            // Each person's rank in the company, their own department and their role, by
            // employee index (employee indexes follow id order).
            let list = analytics.scores[period] ?? []
            var ownDepartment = [String?](repeating: nil, count: employees.count)
            var ownRole = [String?](repeating: nil, count: employees.count)
            for s in list { ownDepartment[s.employee] = s.department; ownRole[s.employee] = s.role }
            // For each employee: (ranking, position of their entry) in each of the three groups.
            let none = (Int32(-1), Int32(-1))
            var company = [(Int32, Int32)](repeating: none, count: employees.count)
            var department = company, role = company
            var rankings: [Ranking] = []
            for ranking in analytics.rankings where ranking.period == period {
                let r = Int32(rankings.count)
                for (i, entry) in ranking.entries.enumerated() {
                    switch ranking.group {
                    case .company: company[entry.employee] = (r, Int32(i))
                    case .department(let d) where d == ownDepartment[entry.employee]: department[entry.employee] = (r, Int32(i))
                    case .role(let x) where x == ownRole[entry.employee]: role[entry.employee] = (r, Int32(i))
                    default: break
                    }
                }
                rankings.append(ranking)
            }
            func entry(_ at: (Int32, Int32)) -> (Ranking.Entry, Int)? {
                guard at.0 >= 0 else { return nil }
                let ranking = rankings[Int(at.0)]
                return (ranking.entries[Int(at.1)], ranking.entries.count)
            }
            w.beginArray("scores")
            let ordered = zip(list, list.dropFirst()).allSatisfy { $0.employee < $1.employee } ? list
                : list.sorted { employees[$0.employee].id < employees[$1.employee].id }
            for s in ordered {
                w.beginObject()
                w.string("employee", employees[s.employee].id)
                w.string("department", s.department)
                w.string("role", s.role)
                w.number("score", s.score)
                w.number("normalized", s.normalized)
                w.string("grade", s.gradeID)
                w.string("not_assessed", s.notAssessedReason)
                w.int("assessed_months", s.assessedMonths)
                for (key, r) in [("company", company[s.employee]), ("department", department[s.employee]), ("role", role[s.employee])] {
                    if let (entry, count) = entry(r) {
                        w.beginObject("rank_" + key)
                        w.int("rank", entry.rank)
                        w.bool("tied", entry.tied)
                        w.number("percentile", entry.percentile)
                        w.int("of", count)
                        w.endObject()
                    }
                }
                w.number("change", analytics.trends[s.employee].change[period])
                if period.kind == .month, let m = period.months.first {
                    w.number("moving_average_3", analytics.trends[s.employee].movingAverage[m])
                }
                if includePay { w.number("pay_total", s.payTotal) }
                w.endObject()
            }
            w.endArray()
            w.beginArray("departments")
            for summary in analytics.departments where summary.period == period {
                w.beginObject()
                w.string("department", summary.department)
                w.int("assessed", summary.assessed)
                w.int("not_assessed", summary.notAssessed)
                w.number("mean", summary.mean)
                w.number("median", summary.median)
                w.beginObject("grades")
                for key in summary.grades.keys.sorted() { w.int(key, summary.grades[key]) }
                w.endObject()
                if includePay { w.number("pay_total", summary.payTotal) }
                w.int("alerts", summary.alerts)
                w.string("most_improved", summary.mostImproved.map { employees[$0.employee].id })
                w.number("most_improved_change", summary.mostImproved?.change)
                w.string("most_declined", summary.mostDeclined.map { employees[$0.employee].id })
                w.number("most_declined_change", summary.mostDeclined?.change)
                w.endObject()
            }
            w.endArray()
            w.endObject()
            return w.joinedBytes
        }
        w.rawArray("periods", elements: parts)
        w.beginArray("trends")
        for trend in analytics.trends {
            guard trend.best != nil || !trend.streaksInProgress.isEmpty else { continue }
            w.beginObject()
            w.string("employee", employees[trend.employee].id)
            w.string("best_month", trend.best?.month.description)
            w.number("best", trend.best?.score)
            w.string("worst_month", trend.worst?.month.description)
            w.number("worst", trend.worst?.score)
            w.beginArray("streaks_in_progress")
            for s in trend.streaksInProgress {
                w.beginObject()
                w.string("rule", s.rule)
                w.int("months", s.months)
                w.int("needed", s.needed)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
    }
}
