import JixiaoCore

extension ContentLoader {
    /// Reads the optional `pay-changes.csv` (`employee,month,attribute,from,to[,reason]`): each
    /// row says that from `month` on the attribute is `to` and before it was `from`. Changes of
    /// one person's attribute must chain (`to` of one is `from` of the next) and end at the value
    /// in `employees.csv`.
    func loadPayChanges(employees: [Employee], attributeNames: [String], _ diagnostics: inout Diagnostics) -> [PayChange] {
        let path = tableFile("pay-changes")
        guard fileSystem.fileExists(path) else { return [] }
        guard let table = readCSV(path, &diagnostics),
            requireColumns(["employee", "month", "attribute", "from", "to"], in: table, &diagnostics)
        else { return [] }
        let byID = Dictionary(employees.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Set(attributeNames + ["base_salary"])
        var result: [PayChange] = []
        for row in 0..<table.rowCount {
            if let change = payChange(row, table, byID: byID, names: names, &diagnostics) { result.append(change) }
        }
        checkPayChangeChains(result, byID: byID, &diagnostics)
        return result
    }

    /// One row of `pay-changes.csv`, or `nil` (with diagnostics) when it is wrong.
    private func payChange(
        _ row: Int, _ table: CSVTable, byID: [String: Employee], names: Set<String>, _ diagnostics: inout Diagnostics
    ) -> PayChange? {
        let col = { (name: String) in table.column(named: name)! }
        let id = table.string(row, col("employee"))
        guard byID[id] != nil else {
            reportUnknownEmployee(id, in: "a pay change", at: table.location(row, col("employee")), knownIDs: byID.keys, &diagnostics)
            return nil
        }
        let monthText = table.string(row, col("month"))
        guard let month = Month(parsing: monthText) else {
            diagnostics.error(
                table.location(row, col("month")), "\"\(monthText)\" is not a month", fix: "write the first month with the new value as YYYY-MM")
            return nil
        }
        let attribute = table.string(row, col("attribute")).lowercased()
        guard names.contains(attribute) else {
            diagnostics.error(
                table.location(row, col("attribute")), "\"\(attribute)\" is not a numeric column of employees.csv",
                fix: Suggest.closest(to: attribute, in: names.sorted()).map { "did you mean \($0)?" }
                    ?? "name a column of employees.csv that holds numbers, e.g. position_pay")
            return nil
        }
        var values: [DecimalNumber?] = []
        for name in ["from", "to"] {
            switch table.number(row, col(name)) {
            case .value(let v): values.append(v)
            case .empty: values.append(nil)
            case .invalid(let text):
                diagnostics.error(
                    table.location(row, col(name)), "\"\(text)\" in column \(name) is not a number",
                    fix: "write the \(name == "from" ? "value before the change" : "new value") as a number, e.g. 2800, or leave it empty")
                return nil
            }
        }
        let reason = table.column(named: "reason").map { table.string(row, $0) } ?? ""
        return PayChange(
            employee: id, attribute: attribute, month: month, from: values[0], to: values[1], reason: reason,
            location: table.location(ofRow: row))
    }

    /// Consecutive changes of an attribute must chain and the last must end at today's value.
    private func checkPayChangeChains(_ changes: [PayChange], byID: [String: Employee], _ diagnostics: inout Diagnostics) {
        let grouped = Dictionary(grouping: changes) { "\($0.employee) \($0.attribute)" }
        for key in grouped.keys.sorted() {
            let list = grouped[key]!.sorted { $0.month < $1.month }
            let first = list[0]
            for (a, b) in zip(list, list.dropFirst()) {
                if a.month == b.month {
                    diagnostics.error(
                        b.location, "\(b.attribute) of \(b.employee) changes twice in \(b.month)", fix: "keep one row per person, column and month")
                } else if a.to != b.from {
                    diagnostics.error(
                        b.location,
                        "\(b.attribute) of \(b.employee) changes in \(b.month) from \(Self.text(b.from)), but the change in \(a.month) set it to \(Self.text(a.to))",
                        fix: "make the from column match the previous change's to")
                }
            }
            guard let employee = byID[first.employee], let last = list.last else { continue }
            let today = last.attribute == "base_salary" ? employee.baseSalary : employee.attributes[last.attribute]
            if last.to != today {
                diagnostics.error(
                    last.location,
                    "the last change of \(last.attribute) of \(last.employee) sets it to \(Self.text(last.to)), but employees.csv says \(Self.text(today))",
                    fix: "employees.csv holds today's value; make them agree")
            }
        }
    }

    /// A value as written in messages (`empty` for none).
    private static func text(_ value: DecimalNumber?) -> String { value?.plainText ?? "empty" }
}
