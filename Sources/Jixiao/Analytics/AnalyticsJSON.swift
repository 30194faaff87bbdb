/// Writes analytics into the results JSON (see docs/results-schema.md).
enum AnalyticsJSON {
    static func write(_ w: inout JSONWriter, _ analytics: Analytics, content: Content, includePay: Bool) {
        let employees = content.organisation.employees
        // Periods are written in parallel and joined in order.
        let parts = ConcurrentMap.map(analytics.periods) { period -> [UInt8] in
            var w = JSONWriter()
            w.beginArray()
            w.beginObject()
            w.string("id", period.description)
            w.string("kind", period.kind.rawValue)
            // Each person's rank in the company, their own department and their role.
            var ranks: [String: [Int: Ranking.Entry]] = [:]
            for ranking in analytics.rankings where ranking.period == period {
                var map: [Int: Ranking.Entry] = [:]
                for entry in ranking.entries { map[entry.employee] = entry }
                ranks[ranking.group.key] = map
            }
            w.beginArray("scores")
            for s in (analytics.scores[period] ?? []).sorted(by: { employees[$0.employee].id < employees[$1.employee].id }) {
                w.beginObject()
                w.string("employee", employees[s.employee].id)
                w.string("department", s.department)
                w.string("role", s.role)
                w.number("score", s.score)
                w.number("normalized", s.normalized)
                w.string("grade", s.gradeID)
                w.string("not_assessed", s.notAssessedReason)
                w.int("assessed_months", s.assessedMonths)
                for (key, group) in [("company", "company"), ("department", "department:" + s.department), ("role", "role:" + s.role)] {
                    if let entry = ranks[group]?[s.employee] {
                        w.beginObject("rank_" + key)
                        w.int("rank", entry.rank)
                        w.bool("tied", entry.tied)
                        w.number("percentile", entry.percentile)
                        w.int("of", ranks[group]?.count)
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
            w.endArray()
            let bytes = w.parts.joined()
            return Array(bytes.dropFirst().dropLast())
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
