import JixiaoCore
import JixiaoMarkdown
extension ContentLoader {
    /// Whether an id is a safe slug: ASCII letters, digits, `-` and `_`.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_"
        }
    }

    /// Reads `departments.csv`.
    func loadDepartments(_ diagnostics: inout Diagnostics) -> [Department] {
        let path = tableFile("departments")
        guard fileSystem.fileExists(path) else {
            diagnostics.error(SourceLocation(file: path), "departments.csv is missing", fix: "create it with the columns id,name,parent,head")
            return []
        }
        guard let table = readCSV(path, &diagnostics), requireColumns(["id", "name"], in: table, &diagnostics) else { return [] }
        let idCol = table.column(named: "id")!, nameCol = table.column(named: "name")!
        let parentCol = table.column(named: "parent"), headCol = table.column(named: "head")
        let nameENCol = table.column(named: "name_en")
        var result: [Department] = []
        var firstLine: [String: Int] = [:]
        for row in 0..<table.rowCount {
            let id = table.string(row, idCol)
            guard Self.isValidID(id) else {
                diagnostics.error(table.location(row, idCol), "department id \"\(id)\" is not a valid id",
                                  fix: "use ASCII letters, digits, - and _ (it becomes part of page addresses), e.g. logistics")
                continue
            }
            if let line = firstLine[id] {
                diagnostics.error(table.location(row, idCol), "duplicate department id \"\(id)\" (first on line \(line))", fix: "give each department its own id")
                continue
            }
            firstLine[id] = table.line(ofRow: row)
            let name = table.string(row, nameCol)
            if name.isEmpty {
                diagnostics.error(table.location(row, nameCol), "department \(id) has no name", fix: "fill in the name column")
            }
            let parent = parentCol.map { table.string(row, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            let head = headCol.map { table.string(row, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            let nameEN = nameENCol.map { table.string(row, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            result.append(Department(id: id, name: name.isEmpty ? id : name, nameEN: nameEN, parent: parent, head: head,
                                     location: table.location(ofRow: row)))
        }
        let ids = Set(result.map(\.id))
        for (i, department) in result.enumerated() {
            if let parent = department.parent, !ids.contains(parent) {
                let col = parentCol ?? 0
                diagnostics.error(SourceLocation(file: path, line: department.location.line, column: table.location(ofHeader: col).column),
                                  "department \(department.id) has unknown parent \"\(parent)\"",
                                  fix: Suggest.closest(to: parent, in: ids.sorted()).map { "did you mean \($0)?" } ?? "use the id of a department in this file")
                result[i].parent = nil
            }
        }
        // Parent cycles.
        for department in result {
            var seen: Set<String> = [department.id]
            var current = department.parent
            while let c = current {
                if seen.contains(c) {
                    diagnostics.error(department.location, "department \(department.id) is its own ancestor (parent cycle)", fix: "fix the parent column")
                    break
                }
                seen.insert(c)
                current = result.first { $0.id == c }?.parent
            }
        }
        return result
    }

    /// Reads `employees.csv`.
    func loadEmployees(departments: [Department], _ diagnostics: inout Diagnostics) -> [Employee] {
        let path = tableFile("employees")
        guard fileSystem.fileExists(path) else {
            diagnostics.error(SourceLocation(file: path), "employees.csv is missing",
                              fix: "create it with the columns id,name,department,role,manager,hire_date,status")
            return []
        }
        let required = ["id", "name", "department", "role", "hire_date", "status"]
        guard let table = readCSV(path, &diagnostics), requireColumns(required, in: table, &diagnostics) else { return [] }
        let col = { (name: String) in table.column(named: name) }
        let idCol = col("id")!, nameCol = col("name")!, deptCol = col("department")!, roleCol = col("role")!
        let hireCol = col("hire_date")!, statusCol = col("status")!
        let managerCol = col("manager"), regularCol = col("regular_date"), leaveCol = col("leave_date"), salaryCol = col("base_salary")
        let known: Set<String> = ["id", "name", "department", "role", "manager", "hire_date", "status", "regular_date", "leave_date", "base_salary"]
        let departmentIDs = Set(departments.map(\.id))

        // Extra columns: numeric when every non-empty value is a number.
        var extra: [(name: String, column: Int, numeric: Bool)] = []
        for (c, name) in table.header.enumerated() where !known.contains(name) && !name.isEmpty {
            var numeric = true
            var any = false
            for row in 0..<table.rowCount {
                switch table.number(row, c) {
                case .empty: continue
                case .value: any = true
                case .invalid: numeric = false
                }
                if !numeric { break }
            }
            extra.append((name, c, numeric && any))
        }

        var result: [Employee] = []
        var firstLine: [String: Int] = [:]
        for row in 0..<table.rowCount {
            let id = table.string(row, idCol)
            guard Self.isValidID(id) else {
                diagnostics.error(table.location(row, idCol), "employee id \"\(id)\" is not a valid id",
                                  fix: "use ASCII letters, digits, - and _, e.g. E0001")
                continue
            }
            if let line = firstLine[id] {
                diagnostics.error(table.location(row, idCol), "duplicate employee id \"\(id)\" (first on line \(line))",
                                  fix: "give each person their own id; a person who changes department keeps one row and gets a line in transfers.csv")
                continue
            }
            firstLine[id] = table.line(ofRow: row)
            var ok = true
            let name = table.string(row, nameCol)
            if name.isEmpty {
                diagnostics.error(table.location(row, nameCol), "employee \(id) has no name", fix: "fill in the name column")
                ok = false
            }
            let department = table.string(row, deptCol)
            if !departmentIDs.contains(department) {
                diagnostics.error(table.location(row, deptCol), "unknown department \"\(department)\" for employee \(id)",
                                  fix: Suggest.closest(to: department, in: departmentIDs.sorted()).map { "did you mean \($0)?" }
                                      ?? "use an id from departments.csv (\(departmentIDs.sorted().joined(separator: ", ")))")
                ok = false
            }
            let role = table.string(row, roleCol)
            if role.isEmpty {
                diagnostics.error(table.location(row, roleCol), "employee \(id) has no role", fix: "fill in the role column, e.g. cs-agent")
                ok = false
            }
            let hire = day(table, row, hireCol, what: "hire date", &diagnostics)
            let statusText = table.string(row, statusCol)
            let status = EmployeeStatus(parsing: statusText)
            if status == nil {
                diagnostics.error(table.location(row, statusCol), "unknown status \"\(statusText)\" for employee \(id)",
                                  fix: "write trial (试用), regular (正式), temporary (临时) or left (离职)")
            }
            var regular: Day? = nil
            if let c = regularCol, !table.isEmpty(row, c) { regular = day(table, row, c, what: "regular date", &diagnostics); if regular == nil { ok = false } }
            var leave: Day? = nil
            if let c = leaveCol, !table.isEmpty(row, c) { leave = day(table, row, c, what: "leave date", &diagnostics); if leave == nil { ok = false } }
            if status == .left, leave == nil, leaveCol.map({ table.isEmpty(row, $0) }) ?? true {
                diagnostics.error(table.location(row, statusCol), "employee \(id) has status left but no leave date",
                                  fix: "fill in leave_date with the last working day")
                ok = false
            }
            if let hire, let leave, leave < hire {
                diagnostics.error(table.location(row, leaveCol!), "leave date \(leave) is before the hire date \(hire)", fix: "check both dates")
                ok = false
            }
            if let hire, let regular, regular < hire {
                diagnostics.error(table.location(row, regularCol!), "regular date \(regular) is before the hire date \(hire)", fix: "check both dates")
                ok = false
            }
            var salary: DecimalNumber? = nil
            if let c = salaryCol {
                switch table.number(row, c) {
                case .empty: break
                case .value(let v): salary = v
                case .invalid(let text):
                    diagnostics.error(table.location(row, c), "base salary \"\(text)\" is not a number", fix: "write an amount such as 5500 or 5,500.00")
                    ok = false
                }
            }
            var attributes: [String: DecimalNumber] = [:]
            var texts: [String: String] = [:]
            for column in extra {
                if column.numeric {
                    if case .value(let v) = table.number(row, column.column) { attributes[column.name] = v }
                } else {
                    let text = table.string(row, column.column)
                    if !text.isEmpty { texts[column.name] = text }
                }
            }
            guard ok, let hire, let status else { continue }
            result.append(Employee(id: id, name: name, department: department, role: role,
                                   manager: managerCol.map { table.string(row, $0) }.flatMap { $0.isEmpty ? nil : $0 },
                                   hireDate: hire, status: status, regularDate: regular, leaveDate: leave, baseSalary: salary,
                                   attributes: attributes, textAttributes: texts, location: table.location(ofRow: row)))
        }
        // Managers and department heads must be people.
        let ids = Set(firstLine.keys)
        for employee in result {
            if let manager = employee.manager, !ids.contains(manager) {
                diagnostics.error(SourceLocation(file: path, line: employee.location.line, column: managerCol.map { table.location(ofHeader: $0).column ?? 1 }),
                                  "unknown manager \"\(manager)\" for employee \(employee.id)",
                                  fix: Suggest.closest(to: manager, in: ids.sorted()).map { "did you mean \($0)?" } ?? "use an employee id from this file")
            }
            if employee.manager == employee.id {
                diagnostics.error(employee.location, "employee \(employee.id) is their own manager", fix: "fix the manager column")
            }
        }
        for department in departments {
            if let head = department.head, !ids.contains(head) {
                diagnostics.error(department.location, "department \(department.id) has unknown head \"\(head)\"",
                                  fix: Suggest.closest(to: head, in: ids.sorted()).map { "did you mean \($0)?" } ?? "use an employee id from employees.csv")
            }
        }
        return result
    }

    /// Reads the optional `transfers.csv`.
    func loadTransfers(departments: [Department], employees: [Employee], _ diagnostics: inout Diagnostics) -> [Transfer] {
        let path = tableFile("transfers")
        guard fileSystem.fileExists(path) else { return [] }
        guard let table = readCSV(path, &diagnostics),
              requireColumns(["employee", "month", "from", "department"], in: table, &diagnostics) else { return [] }
        let eCol = table.column(named: "employee")!, mCol = table.column(named: "month")!
        let fromCol = table.column(named: "from")!, toCol = table.column(named: "department")!
        let roleCol = table.column(named: "role"), fromRoleCol = table.column(named: "from_role")
        let departmentIDs = Set(departments.map(\.id))
        let byID = Dictionary(employees.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Transfer] = []
        for row in 0..<table.rowCount {
            let id = table.string(row, eCol)
            guard let employee = byID[id] else {
                diagnostics.error(table.location(row, eCol), "unknown employee \"\(id)\" in a transfer",
                                  fix: Suggest.closest(to: id, in: byID.keys.sorted()).map { "did you mean \($0)?" } ?? "use an id from employees.csv")
                continue
            }
            let monthText = table.string(row, mCol)
            guard let month = Month(parsing: monthText) else {
                diagnostics.error(table.location(row, mCol), "\"\(monthText)\" is not a month", fix: "write the first month in the new department as YYYY-MM")
                continue
            }
            let from = table.string(row, fromCol), to = table.string(row, toCol)
            var ok = true
            for (text, c) in [(from, fromCol), (to, toCol)] where !departmentIDs.contains(text) {
                diagnostics.error(table.location(row, c), "unknown department \"\(text)\" in a transfer",
                                  fix: Suggest.closest(to: text, in: departmentIDs.sorted()).map { "did you mean \($0)?" } ?? "use an id from departments.csv")
                ok = false
            }
            if month <= employee.firstMonth {
                diagnostics.error(table.location(row, mCol), "transfer month \(month) is not after \(id)'s hire month \(employee.firstMonth)",
                                  fix: "a person hired into a department needs no transfer; set the department in employees.csv")
                ok = false
            }
            guard ok else { continue }
            let role = roleCol.map { table.string(row, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            let fromRole = fromRoleCol.map { table.string(row, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            result.append(Transfer(employee: id, month: month, from: from, to: to, role: role, fromRole: fromRole,
                                   location: table.location(ofRow: row)))
        }
        // The last transfer must lead to the department in employees.csv; consecutive ones must chain.
        let grouped = Dictionary(grouping: result, by: \.employee)
        for id in grouped.keys.sorted() {
            let moves = grouped[id]!.sorted { $0.month < $1.month }
            for (a, b) in zip(moves, moves.dropFirst()) where a.to != b.from {
                diagnostics.error(b.location, "transfer of \(id) in \(b.month) starts from \(b.from) but the previous transfer moved them to \(a.to)",
                                  fix: "make the from column match the department of the previous transfer")
            }
            if let last = moves.last, let employee = byID[id], last.to != employee.department {
                diagnostics.error(last.location, "the last transfer of \(id) moves them to \(last.to), but employees.csv says \(employee.department)",
                                  fix: "employees.csv holds the department now; make them agree")
            }
        }
        return result
    }
}
