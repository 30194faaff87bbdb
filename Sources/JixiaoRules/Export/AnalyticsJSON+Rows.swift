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

    /// Begins a period's object (`id`, `kind`) and gives its scores in employee-id order
    /// and their ranks.
    static func beginPeriod(_ w: inout JSONWriter, _ period: Period, _ analytics: Analytics, employees: [Employee])
        -> ([PeriodScore], PeriodRanks)
    {
        w.beginObject()
        w.string("id", period.description)
        w.string("kind", period.kind.rawValue)
        let list = analytics.scores[period] ?? []
        return (orderedScores(list, employees: employees), PeriodRanks(period, analytics, list: list, employeeCount: employees.count))
    }

    /// The period's scores in employee-id order.
    static func orderedScores(_ list: [PeriodScore], employees: [Employee]) -> [PeriodScore] {
        zip(list, list.dropFirst()).allSatisfy { $0.employee < $1.employee }
            ? list
            : list.sorted { employees[$0.employee].id < employees[$1.employee].id }
    }

    /// One period as in a split file (docs/results-schema.md): `scores` a table of
    /// ``scoreColumns(_:includePay:)`` (ranks as arrays, coded columns as indices into
    /// `strings`), and the department figures as in the document.
    static func periodTableBytes(
        _ period: Period, _ analytics: Analytics, employees: [Employee], includePay: Bool, strings: inout SharedStrings
    ) -> [UInt8] {
        var w = JSONWriter(indent: 0, elementsAtDepth: 3)
        let (list, ranks) = beginPeriod(&w, period, analytics, employees: employees)
        w.beginObject("scores")
        w.strings("columns", scoreColumns(period, includePay: includePay))
        w.beginArray("rows")
        for s in list {
            w.beginArray()
            w.string(nil, employees[s.employee].id)
            strings.write(s.department, to: &w)
            strings.write(s.role, to: &w)
            w.number(nil, s.score)
            w.number(nil, s.normalized)
            strings.write(s.gradeID, to: &w)
            strings.write(s.notAssessedReason, to: &w)
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
        writeSummaries(&w, period, analytics, employees: employees, includePay: includePay)
        w.endObject()
        return w.joinedBytes
    }
}
