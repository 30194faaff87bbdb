import JixiaoCore
import JixiaoMarkdown
extension ContentLoader {
    /// Whether an id is a safe slug: ASCII letters, digits, `-` and `_`.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy {
                ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_"
            }
    }

    /// Reads `departments.csv`.
    func loadDepartments(_ diagnostics: inout Diagnostics) -> [Department] {
        let path = tableFile("departments")
        guard fileSystem.fileExists(path) else {
            diagnostics.error(
                SourceLocation(file: path), "departments.csv is missing", fix: "create it with the columns id,name,parent,head")
            return []
        }
        guard let table = readCSV(path, &diagnostics), requireColumns(["id", "name"], in: table, &diagnostics) else { return [] }
        reportControlCharacters(inTextOf: table, &diagnostics)
        let idCol = table.column(named: "id")!, nameCol = table.column(named: "name")!
        let parentCol = table.column(named: "parent"), headCol = table.column(named: "head")
        let nameENCol = table.column(named: "name_en")
        var result: [Department] = []
        var ids = DeclaredIDs(
            kind: "department", table: table, column: idCol, example: "logistics", duplicateFix: "give each department its own id")
        for row in 0..<table.rowCount {
            guard let id = ids.accept(row, &diagnostics) else { continue }
            let name = table.string(row, nameCol)
            if name.isEmpty {
                diagnostics.error(table.location(row, nameCol), "department \(id) has no name", fix: "fill in the name column")
            }
            let parent = table.optionalString(row, parentCol)
            let head = table.optionalString(row, headCol)
            let nameEN = table.optionalString(row, nameENCol)
            result.append(
                Department(
                    id: id, name: name.isEmpty ? id : name, nameEN: nameEN, parent: parent, head: head,
                    location: table.location(ofRow: row)))
        }
        checkParents(&result, column: table.location(ofHeader: parentCol ?? 0).column, path: path, &diagnostics)
        reportParentCycles(result, &diagnostics)
        return result
    }

    /// Reports each parent that names no department in the file (with a did-you-mean) and
    /// clears it, so the tree stays usable.
    private func checkParents(_ result: inout [Department], column: Int?, path: String, _ diagnostics: inout Diagnostics) {
        let ids = Set(result.map(\.id))
        for (i, department) in result.enumerated() {
            guard let parent = department.parent, !ids.contains(parent) else { continue }
            diagnostics.error(
                SourceLocation(file: path, line: department.location.line, column: column),
                "department \(department.id) has unknown parent \(parent.quotedForMessage())",
                fix: Suggest.closest(to: parent, in: ids.sorted()).map { "did you mean \($0)?" }
                    ?? "use the id of a department in this file")
            result[i].parent = nil
        }
    }

    /// Reports every department that is its own ancestor.
    private func reportParentCycles(_ departments: [Department], _ diagnostics: inout Diagnostics) {
        let parents = Dictionary(departments.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
        for department in departments {
            var seen: Set<String> = [department.id]
            var current = department.parent
            while let c = current {
                if seen.contains(c) {
                    diagnostics.error(
                        department.location, "department \(department.id) is its own ancestor (parent cycle)", fix: "fix the parent column")
                    break
                }
                seen.insert(c)
                current = parents[c] ?? nil
            }
        }
    }

    /// Reads the optional `transfers.csv`.
    func loadTransfers(departments: [Department], employees: [Employee], _ diagnostics: inout Diagnostics) -> [Transfer] {
        let path = tableFile("transfers")
        guard fileSystem.fileExists(path) else { return [] }
        guard let table = readCSV(path, &diagnostics),
            requireColumns(["employee", "month", "from", "department"], in: table, &diagnostics)
        else { return [] }
        reportControlCharacters(inTextOf: table, &diagnostics)
        let eCol = table.column(named: "employee")!
        let columns = TransferColumns(
            month: table.column(named: "month")!, from: table.column(named: "from")!, to: table.column(named: "department")!,
            role: table.column(named: "role"), fromRole: table.column(named: "from_role"))
        let departmentIDs = Set(departments.map(\.id))
        let byID = Dictionary(employees.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Transfer] = []
        for row in 0..<table.rowCount {
            guard let employee = byID[table.string(row, eCol)] else {
                reportUnknownEmployee(table.string(row, eCol), in: "a transfer", at: table.location(row, eCol), knownIDs: byID.keys, &diagnostics)
                continue
            }
            if let transfer = transfer(row, of: employee, table, columns, departmentIDs: departmentIDs, &diagnostics) { result.append(transfer) }
        }
        checkTransferChains(result, byID: byID, &diagnostics)
        return result
    }

    /// The columns of `transfers.csv`, looked up once per file (not per row).
    private typealias TransferColumns = (month: Int, from: Int, to: Int, role: Int?, fromRole: Int?)

    /// One row of `transfers.csv` for a known employee: its month after the hire month, both
    /// departments declared; `nil` after reporting what is wrong.
    private func transfer(
        _ row: Int, of employee: Employee, _ table: CSVTable, _ columns: TransferColumns, departmentIDs: Set<String>,
        _ diagnostics: inout Diagnostics
    ) -> Transfer? {
        let mCol = columns.month, fromCol = columns.from, toCol = columns.to
        let id = employee.id
        let monthText = table.string(row, mCol)
        guard let month = Month(parsing: monthText) else {
            diagnostics.error(
                table.location(row, mCol), "\(monthText.quotedForMessage()) is not a month",
                fix: "write the first month in the new department as YYYY-MM")
            return nil
        }
        let from = table.string(row, fromCol), to = table.string(row, toCol)
        var ok = true
        for (text, c) in [(from, fromCol), (to, toCol)] where !departmentIDs.contains(text) {
            diagnostics.error(
                table.location(row, c), "unknown department \(text.quotedForMessage()) in a transfer",
                fix: Suggest.closest(to: text, in: departmentIDs.sorted()).map { "did you mean \($0)?" }
                    ?? "use an id from departments.csv")
            ok = false
        }
        if month <= employee.firstMonth {
            diagnostics.error(
                table.location(row, mCol), "transfer month \(month) is not after \(id)'s hire month \(employee.firstMonth)",
                fix: "a person hired into a department needs no transfer; set the department in employees.csv")
            ok = false
        }
        guard ok else { return nil }
        return Transfer(
            employee: id, month: month, from: from, to: to, role: table.optionalString(row, columns.role),
            fromRole: table.optionalString(row, columns.fromRole), location: table.location(ofRow: row))
    }

    /// Consecutive transfers of a person must chain, and the last must lead to the department
    /// `employees.csv` gives now.
    private func checkTransferChains(_ transfers: [Transfer], byID: [String: Employee], _ diagnostics: inout Diagnostics) {
        // The last transfer must lead to the department in employees.csv; consecutive ones must chain.
        let grouped = Dictionary(grouping: transfers, by: \.employee)
        for id in grouped.keys.sorted() {
            let moves = grouped[id]!.sorted { $0.month < $1.month }
            for (a, b) in zip(moves, moves.dropFirst()) where a.to != b.from {
                diagnostics.error(
                    b.location, "transfer of \(id) in \(b.month) starts from \(b.from) but the previous transfer moved them to \(a.to)",
                    fix: "make the from column match the department of the previous transfer")
            }
            if let last = moves.last, let employee = byID[id], last.to != employee.department {
                diagnostics.error(
                    last.location, "the last transfer of \(id) moves them to \(last.to), but employees.csv says \(employee.department)",
                    fix: "employees.csv holds the department now; make them agree")
            }
        }
    }
}
