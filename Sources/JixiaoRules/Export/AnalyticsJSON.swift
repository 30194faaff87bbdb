import JixiaoCore
import JixiaoMarkdown
/// Writes analytics into the results JSON (see docs/results-schema.md).
enum AnalyticsJSON {
    /// Writes the `periods` and `trends` arrays.
    static func write(_ w: inout JSONWriter, _ analytics: Analytics, content: Content, includePay: Bool) {
        let employees = content.organisation.employees
        // Periods are written in parallel and joined in order.
        let parts = ConcurrentMap.map(analytics.periods) { period -> [UInt8] in
            periodBytes(period, analytics, employees: employees, includePay: includePay)
        }
        w.rawArray("periods", elements: parts)
        writeTrends(&w, analytics, employees: employees)
    }

    /// One period: every person's result with their ranks, and the department figures.
    static func periodBytes(_ period: Period, _ analytics: Analytics, employees: [Employee], includePay: Bool) -> [UInt8] {
        var w = JSONWriter(indent: 0, elementsAtDepth: 3)
        let (list, ranks) = beginPeriod(&w, period, analytics, employees: employees)
        w.beginArray("scores")
        for s in list {
            w.beginObject()
            w.string("employee", employees[s.employee].id)
            w.string("department", s.department)
            w.string("role", s.role)
            w.number("score", s.score)
            w.number("normalized", s.normalized)
            w.string("grade", s.gradeID)
            w.string("not_assessed", s.notAssessedReason)
            w.int("assessed_months", s.assessedMonths)
            ranks.write(&w, employee: s.employee)
            w.number("change", analytics.trends[s.employee].change[period])
            if period.kind == .month, let m = period.months.first {
                w.number("moving_average_3", analytics.trends[s.employee].movingAverage[m])
            }
            if includePay { w.number("pay_total", s.payTotal) }
            w.endObject()
        }
        w.endArray()
        writeSummaries(&w, period, analytics, employees: employees, includePay: includePay)
        w.endObject()
        return w.joinedBytes
    }

    /// The `departments` array of a period: each department's figures.
    static func writeSummaries(_ w: inout JSONWriter, _ period: Period, _ analytics: Analytics, employees: [Employee], includePay: Bool) {
        w.beginArray("departments")
        for summary in analytics.departments where summary.period == period {
            writeSummary(&w, summary, employees: employees, includePay: includePay)
        }
        w.endArray()
    }

    /// One department's figures for a period.
    static func writeSummary(_ w: inout JSONWriter, _ summary: DepartmentSummary, employees: [Employee], includePay: Bool) {
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

    /// Best and worst months and streaks in progress of everyone who has any.
    static func writeTrends(_ w: inout JSONWriter, _ analytics: Analytics, employees: [Employee]) {
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
