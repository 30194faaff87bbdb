import JixiaoCore
import JixiaoRules

extension SiteContext {
    /// The localised closing date of `month` when it is closed (`closed/YYYY-MM.json`, not
    /// reopened); "" when it is open.
    func closedOn(_ month: Month) -> String {
        guard let record = content.closedMonths.first(where: { $0.month == month && $0.isClosed }) else { return "" }
        return loc.format("closed_on", ["date": loc.day(record.closedOn)])
    }

    /// The pay-statement lines of a month's adjustments: what is corrected and why.
    func adjustmentRows(_ r: PersonMonthResult, names: [String: PayItem]) -> [[TableView.Cell]] {
        r.adjustments.map { a in
            let item = names[a.item].map { loc.name($0.name, english: $0.nameEN) } ?? a.item
            return [
                .text(loc.format("adjustment_line", ["item": item, "reason": loc.name(a.reason, english: a.reasonEN)])),
                .text(loc["kind_adjustment"]),
                .number(loc.money(a.amount), value: a.amount),
            ]
        }
    }

    /// The payroll column of adjustments in `month` (header and each person's sum), or `nil`
    /// when nobody has one that month.
    func payrollAdjustments(_ month: Month) -> (header: String, amounts: [Int: DecimalNumber])? {
        var amounts: [Int: DecimalNumber] = [:]
        for e in content.organisation.employees.indices {
            guard let r = results.result(employee: e, month: month), !r.adjustments.isEmpty else { continue }
            amounts[e] = r.adjustments.reduce(DecimalNumber.zero) { $0 + $1.amount }
        }
        return amounts.isEmpty ? nil : (loc["adjustments"], amounts)
    }
}
