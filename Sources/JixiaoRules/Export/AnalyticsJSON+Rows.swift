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
}
