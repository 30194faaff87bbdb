import JixiaoCore

extension AnalyticsJSON {
    /// The columns of a split file's `periods[0].scores` table: the keys of a period score in
    /// the whole document, in its order (`moving_average_3` in month files only, `pay_total`
    /// when the build holds pay); ranks are arrays of the `rank` nested columns.
    static func scoreColumns(_ period: Period, includePay: Bool) -> [String] {
        ["employee", "department", "role", "score", "normalized", "grade", "not_assessed", "assessed_months"]
            + ["rank_company", "rank_department", "rank_role", "change"]
            + (period.kind == .month ? ["moving_average_3"] : []) + (includePay ? ["pay_total"] : [])
    }

    /// The period's scores in employee-id order.
    static func orderedScores(_ list: [PeriodScore], employees: [Employee]) -> [PeriodScore] {
        zip(list, list.dropFirst()).allSatisfy { $0.employee < $1.employee }
            ? list
            : list.sorted { employees[$0.employee].id < employees[$1.employee].id }
    }

    /// One period as the split files write it: `id`, `kind`, `scores` as a table of
    /// ``scoreColumns(_:includePay:)`` and `departments` as in the whole document.
    static func periodTableBytes(_ period: Period, _ analytics: Analytics, employees: [Employee], includePay: Bool) -> [UInt8] {
        var w = JSONWriter(indent: 0, elementsAtDepth: 3)
        w.beginObject()
        w.string("id", period.description)
        w.string("kind", period.kind.rawValue)
        let list = analytics.scores[period] ?? []
        let ranks = PeriodRanks(period, analytics, list: list, employeeCount: employees.count)
        w.beginObject("scores")
        w.strings("columns", scoreColumns(period, includePay: includePay))
        w.beginArray("rows")
        for s in orderedScores(list, employees: employees) {
            w.beginArray()
            w.string(nil, employees[s.employee].id)
            w.string(nil, s.department)
            w.string(nil, s.role)
            w.number(nil, s.score)
            w.number(nil, s.normalized)
            w.string(nil, s.gradeID)
            w.string(nil, s.notAssessedReason)
            w.int(nil, s.assessedMonths)
            ranks.writeRow(&w, employee: s.employee)
            w.number(nil, analytics.trends[s.employee].change[period])
            if period.kind == .month, let m = period.months.first {
                w.number(nil, analytics.trends[s.employee].movingAverage[m])
            }
            if includePay { w.number(nil, s.payTotal) }
            w.endArray()
        }
        w.endArray()
        w.endObject()
        w.beginArray("departments")
        for summary in analytics.departments where summary.period == period {
            writeSummary(&w, summary, employees: employees, includePay: includePay)
        }
        w.endArray()
        w.endObject()
        return w.joinedBytes
    }
}
