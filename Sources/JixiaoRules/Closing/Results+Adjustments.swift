import JixiaoCore

extension Results {
    /// Puts each adjustment on the pay statement of its month and adds it to the pay total.
    /// An item that is no pay item of any policy, and a person without a pay statement that
    /// month, are errors at the adjustment's row; adjustments paid after the last month
    /// evaluated (a later month, or one cut off by `--month`) wait for that month.
    mutating func apply(adjustments: [PayAdjustment], employees: [Employee], _ diagnostics: inout Diagnostics) {
        guard !adjustments.isEmpty, let last = months.last else { return }
        let payItems = Set(versions.flatMap { $0.rules.pay.map(\.id) })
        for a in adjustments where a.monthPaid <= last {
            let id = employees[a.employee].id
            guard payItems.contains(a.item) else {
                diagnostics.error(
                    a.location, "\"\(a.item)\" is not a pay item of any policy",
                    fix: Suggest.closest(to: a.item, in: payItems.sorted()).map { "did you mean \($0)?" }
                        ?? "use the id of a pay item from a policy's pay: list")
                continue
            }
            guard let i = position(employee: a.employee, month: a.monthPaid), people[i].payPolicy != nil else {
                diagnostics.error(
                    a.location, "\(id) has no pay statement in \(a.monthPaid) to carry the adjustment",
                    fix: "pay it in a month in which \(id) is employed and paid")
                continue
            }
            people[i].adjustments.append(a)
            people[i].payTotal = (people[i].payTotal ?? .zero) + a.amount
        }
    }
}
