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

    /// One period: every person's result with their ranks, and the department figures. As a
    /// `table` (the split files, docs/results-schema.md), `scores` is `{"columns", "rows"}`
    /// with a row of ``scoreColumns(_:includePay:)`` per score, its ranks arrays.
    static func periodBytes(_ period: Period, _ analytics: Analytics, employees: [Employee], includePay: Bool, table: Bool = false)
        -> [UInt8]
    {
        var w = JSONWriter(indent: 0, elementsAtDepth: 3)
        w.beginObject()
        w.string("id", period.description)
        w.string("kind", period.kind.rawValue)
        let list = analytics.scores[period] ?? []
        let ranks = PeriodRanks(period, analytics, list: list, employeeCount: employees.count)
        let key: (String) -> String? = table ? { _ in nil } : { $0 }
        if table {
            w.beginObject("scores")
            w.strings("columns", scoreColumns(period, includePay: includePay))
        }
        w.beginArray(table ? "rows" : "scores")
        for s in orderedScores(list, employees: employees) {
            if table { w.beginArray() } else { w.beginObject() }
            w.string(key("employee"), employees[s.employee].id)
            w.string(key("department"), s.department)
            w.string(key("role"), s.role)
            w.number(key("score"), s.score)
            w.number(key("normalized"), s.normalized)
            w.string(key("grade"), s.gradeID)
            w.string(key("not_assessed"), s.notAssessedReason)
            w.int(key("assessed_months"), s.assessedMonths)
            if table { ranks.writeRow(&w, employee: s.employee) } else { ranks.write(&w, employee: s.employee) }
            w.number(key("change"), analytics.trends[s.employee].change[period])
            if period.kind == .month, let m = period.months.first {
                w.number(key("moving_average_3"), analytics.trends[s.employee].movingAverage[m])
            }
            if includePay { w.number(key("pay_total"), s.payTotal) }
            if table { w.endArray() } else { w.endObject() }
        }
        w.endArray()
        if table { w.endObject() }
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
