import JixiaoCore

extension RulesEngine {
    /// Sorts alerts into report order: month, department, employee (department alerts
    /// first), kind, rule. Each string field is replaced by its rank among the field's
    /// distinct values before sorting, so the sort compares integers only; the comparisons
    /// come out as comparing the fields themselves would, so the (stable) sort gives the same
    /// order, without comparing strings n log n times.
    static func sortForReport(_ alerts: inout [Alert]) {
        let departments = ranks(alerts.map(\.department))
        let kinds = ranks(alerts.map(\.kind.rawValue))
        let rules = ranks(alerts.map(\.rule))
        let keys = alerts.indices.map { i in
            (alerts[i].month.index, departments[i], alerts[i].employee ?? -1, kinds[i], rules[i])
        }
        var order = Array(alerts.indices)
        order.sort { keys[$0] < keys[$1] }
        alerts = order.map { alerts[$0] }
    }

    /// For each value, its position among the distinct values in ascending order (values
    /// that compare equal share a position).
    static func ranks(_ values: [String]) -> [Int] {
        let distinct = Set(values).sorted()
        var rank: [String: Int] = [:]
        rank.reserveCapacity(distinct.count)
        for (position, value) in distinct.enumerated() { rank[value] = position }
        return values.map { rank[$0] ?? 0 }
    }
}
