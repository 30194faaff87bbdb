import Foundation
import JixiaoCore

extension ContentLoader {
    /// Reads `adjustments.csv` (optional): employee, item, amount, reason, month_paid, and
    /// optionally reason_en (the reason on an English site; an empty cell: the reason). Each row
    /// is checked like the other tables: a known employee (with did-you-mean), a month as
    /// YYYY-MM, an amount as an exact decimal with at most two decimal places, a reason. An
    /// adjustment paid after the last month with data is a warning: it is paid once that
    /// month's data arrives. Whether the item is a pay item and the person has a pay statement
    /// that month is checked with the rules (`Results.apply(adjustments:employees:_:)`).
    func loadAdjustments(employees: [Employee], months: [MonthData], _ diagnostics: inout Diagnostics) -> [PayAdjustment] {
        let path = tableFile("adjustments")
        guard fileSystem.fileExists(path) else { return [] }
        guard let table = readCSV(path, &diagnostics),
            requireColumns(["employee", "item", "amount", "reason", "month_paid"], in: table, &diagnostics)
        else { return [] }
        let columns = ["employee", "item", "amount", "reason", "month_paid"].map { table.column(named: $0)! }
        let index = Dictionary(employees.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [PayAdjustment] = []
        let english = table.column(named: "reason_en")
        for row in 0..<table.rowCount {
            if var adjustment = adjustment(table, row, columns, index: index, months: months, &diagnostics) {
                adjustment.reasonEN = english.map { table.string(row, $0).trimmingCharacters(in: .whitespaces) }.flatMap {
                    $0.isEmpty ? nil : $0
                }
                result.append(adjustment)
            }
        }
        return result
    }

    /// One row of adjustments.csv; `nil` (with diagnostics) when a cell is wrong.
    private func adjustment(
        _ table: CSVTable, _ row: Int, _ c: [Int], index: [String: Int], months: [MonthData], _ diagnostics: inout Diagnostics
    ) -> PayAdjustment? {
        let id = table.string(row, c[0]), item = table.string(row, c[1]), amountText = table.string(row, c[2])
        let reason = table.string(row, c[3]).trimmingCharacters(in: .whitespaces), monthText = table.string(row, c[4])
        var ok = true
        let employee = index[id]
        if employee == nil {
            ok = false
            reportUnknownEmployee(id, in: "an adjustment", at: table.location(row, c[0]), knownIDs: index.keys, &diagnostics)
        }
        if item.isEmpty {
            ok = false
            diagnostics.error(
                table.location(row, c[1]), "the adjustment names no pay item",
                fix: "write the id of the pay item it corrects, e.g. commission")
        }
        let amount = DecimalNumber(parsing: amountText)
        if amount == nil || amount == DecimalNumber.zero || amount.map({ $0 != $0.roundedToCents }) == true {
            ok = false
            diagnostics.error(
                table.location(row, c[2]), "\"\(amountText)\" is not an amount of money",
                fix: "write a non-zero decimal with at most two decimal places, e.g. 350.50 or -120 for a deduction")
        }
        if reason.isEmpty {
            ok = false
            diagnostics.error(
                table.location(row, c[3]), "the adjustment gives no reason",
                fix: "say what it corrects, e.g. \"October commission: sales corrected\"")
        }
        let month = Month(parsing: monthText)
        if month == nil {
            ok = false
            diagnostics.error(
                table.location(row, c[4]), "\"\(monthText)\" is not a month", fix: "write the month whose pay carries it as YYYY-MM")
        } else if let month, let last = months.last?.month, month > last {
            diagnostics.warning(
                table.location(row, c[4]), "the adjustment is paid in \(month), after the last month with data (\(last))",
                fix: "it appears on the pay statement once data/\(month)/ exists")
        }
        guard ok, let employee, let amount, let month else { return nil }
        return PayAdjustment(
            employee: employee, item: item, amount: amount, reason: reason, monthPaid: month, location: table.location(ofRow: row))
    }
}
