import JixiaoCore
extension ContentLoader {
    /// The columns of `employees.csv`: the required ones, the optional known ones and the
    /// extra (attribute) columns.
    struct EmployeeColumns {
        let id: Int, name: Int, department: Int, role: Int, hire: Int, status: Int
        let manager: Int?, regular: Int?, leave: Int?, salary: Int?
        /// Extra columns: numeric when every non-empty value is a number (so a column whose
        /// cells are all empty is numeric: formulas may name it, its value is simply missing).
        let extra: [(name: String, column: Int, numeric: Bool)]

        static let required = ["id", "name", "department", "role", "hire_date", "status"]
        static let known: Set<String> = [
            "id", "name", "department", "role", "manager", "hire_date", "status", "regular_date",
            "leave_date", "base_salary",
        ]

        /// The columns of `table`, which has every required column.
        init?(_ table: CSVTable) {
            let col = { (name: String) in table.column(named: name) }
            guard let id = col("id"), let name = col("name"), let department = col("department"), let role = col("role"),
                let hire = col("hire_date"), let status = col("status")
            else { return nil }
            (self.id, self.name, self.department, self.role, self.hire, self.status) = (id, name, department, role, hire, status)
            manager = col("manager"); regular = col("regular_date"); leave = col("leave_date"); salary = col("base_salary")
            var extra: [(name: String, column: Int, numeric: Bool)] = []
            for (c, name) in table.header.enumerated() where !Self.known.contains(name) && !name.isEmpty {
                var numeric = true
                for row in 0..<table.rowCount {
                    if case .invalid = table.number(row, c) {
                        numeric = false
                        break
                    }
                }
                extra.append((name, c, numeric))
            }
            self.extra = extra
        }
    }

    /// Reads `employees.csv`: the people and the names of the numeric attribute columns.
    func loadEmployees(departments: [Department], _ diagnostics: inout Diagnostics) -> (employees: [Employee], attributes: [String]) {
        let path = tableFile("employees")
        guard fileSystem.fileExists(path) else {
            diagnostics.error(
                SourceLocation(file: path), "employees.csv is missing",
                fix: "create it with the columns id,name,department,role,manager,hire_date,status")
            return ([], [])
        }
        guard let table = readCSV(path, &diagnostics), requireColumns(EmployeeColumns.required, in: table, &diagnostics),
            let columns = EmployeeColumns(table)
        else { return ([], []) }
        reportControlCharacters(inTextOf: table, &diagnostics)
        let departmentIDs = Set(departments.map(\.id))
        var result: [Employee] = []
        var ids = DeclaredIDs(
            kind: "employee", table: table, column: columns.id, example: "E0001",
            duplicateFix: "give each person their own id; a person who changes department keeps one row and gets a line in transfers.csv")
        for row in 0..<table.rowCount {
            guard let id = ids.accept(row, &diagnostics) else { continue }
            if let employee = employee(id: id, row: row, table, columns, departmentIDs: departmentIDs, &diagnostics) {
                result.append(employee)
            }
        }
        checkPeople(result, ids: ids.accepted, departments: departments, table, columns, &diagnostics)
        return (result, columns.extra.filter(\.numeric).map(\.name))
    }

    /// One row of `employees.csv` (its id already checked); `nil` after reporting a problem.
    func employee(
        id: String, row: Int, _ table: CSVTable, _ columns: EmployeeColumns, departmentIDs: Set<String>,
        _ diagnostics: inout Diagnostics
    ) -> Employee? {
        var ok = true
        let name = table.string(row, columns.name)
        if name.isEmpty {
            diagnostics.error(table.location(row, columns.name), "employee \(id) has no name", fix: "fill in the name column")
            ok = false
        }
        let department = table.string(row, columns.department)
        if !departmentIDs.contains(department) {
            diagnostics.error(
                table.location(row, columns.department), "unknown department \(department.quotedForMessage()) for employee \(id)",
                fix: Suggest.closest(to: department, in: departmentIDs.sorted()).map { "did you mean \($0)?" }
                    ?? "use an id from departments.csv (\(departmentIDs.sorted().joined(separator: ", ")))")
            ok = false
        }
        let role = table.string(row, columns.role)
        if role.isEmpty {
            diagnostics.error(
                table.location(row, columns.role), "employee \(id) has no role", fix: "fill in the role column, e.g. cs-agent")
            ok = false
        }
        let dates = employeeDates(id: id, row: row, table, columns, ok: &ok, &diagnostics)
        let (salary, attributes, texts) = employeeValues(row: row, table, columns, ok: &ok, &diagnostics)
        guard ok, let hire = dates.hire, let status = dates.status else { return nil }
        return Employee(
            id: id, name: name, department: department, role: role,
            manager: table.optionalString(row, columns.manager),
            hireDate: hire, status: status, regularDate: dates.regular, leaveDate: dates.leave, baseSalary: salary,
            attributes: attributes, textAttributes: texts, location: table.location(ofRow: row))
    }

    /// The status and dates of one row, checked against each other; `ok` becomes `false` on a problem.
    func employeeDates(
        id: String, row: Int, _ table: CSVTable, _ columns: EmployeeColumns, ok: inout Bool,
        _ diagnostics: inout Diagnostics
    ) -> (hire: Day?, status: EmployeeStatus?, regular: Day?, leave: Day?) {
        let hire = day(table, row, columns.hire, what: "hire date", &diagnostics)
        let statusText = table.string(row, columns.status)
        let status = EmployeeStatus(parsing: statusText)
        if status == nil {
            diagnostics.error(
                table.location(row, columns.status), "unknown status \(statusText.quotedForMessage()) for employee \(id)",
                fix: "write trial (试用), regular (正式), temporary (临时) or left (离职)")
        }
        var regular: Day? = nil
        if let c = columns.regular, !table.isEmpty(row, c) {
            regular = day(table, row, c, what: "regular date", &diagnostics); if regular == nil { ok = false }
        }
        var leave: Day? = nil
        if let c = columns.leave, !table.isEmpty(row, c) {
            leave = day(table, row, c, what: "leave date", &diagnostics); if leave == nil { ok = false }
        }
        if status == .left, leave == nil, columns.leave.map({ table.isEmpty(row, $0) }) ?? true {
            diagnostics.error(
                table.location(row, columns.status), "employee \(id) has status left but no leave date",
                fix: "fill in leave_date with the last working day")
            ok = false
        }
        if let hire, let leave, let c = columns.leave, leave < hire {
            diagnostics.error(table.location(row, c), "leave date \(leave) is before the hire date \(hire)", fix: "check both dates")
            ok = false
        }
        if let hire, let regular, let c = columns.regular, regular < hire {
            diagnostics.error(table.location(row, c), "regular date \(regular) is before the hire date \(hire)", fix: "check both dates")
            ok = false
        }
        return (hire, status, regular, leave)
    }

    /// The base salary and the extra attributes (numeric and text) of one row.
    func employeeValues(row: Int, _ table: CSVTable, _ columns: EmployeeColumns, ok: inout Bool, _ diagnostics: inout Diagnostics)
        -> (salary: DecimalNumber?, attributes: [String: DecimalNumber], texts: [String: String])
    {
        var salary: DecimalNumber? = nil
        if let c = columns.salary {
            switch table.number(row, c) {
            case .empty: break
            case .value(let v) where v < .zero:
                diagnostics.error(
                    table.location(row, c), "base salary \(table.string(row, c).quotedForMessage()) is negative",
                    fix: "write the monthly base salary as a positive amount such as 5500")
                ok = false
            case .value(let v): salary = v
            case .invalid(let text):
                diagnostics.error(
                    table.location(row, c), "base salary \(text.quotedForMessage()) is not a number",
                    fix: "write an amount such as 5500 or 5,500.00")
                ok = false
            }
        }
        var attributes: [String: DecimalNumber] = [:]
        var texts: [String: String] = [:]
        for column in columns.extra {
            if column.numeric {
                if case .value(let v) = table.number(row, column.column) { attributes[column.name] = v }
            } else {
                let text = table.string(row, column.column)
                if !text.isEmpty { texts[column.name] = text }
            }
        }
        return (salary, attributes, texts)
    }

    /// Managers and department heads must be people.
    func checkPeople(
        _ employees: [Employee], ids: Set<String>, departments: [Department], _ table: CSVTable,
        _ columns: EmployeeColumns, _ diagnostics: inout Diagnostics
    ) {
        for employee in employees {
            if let manager = employee.manager, !ids.contains(manager) {
                diagnostics.error(
                    SourceLocation(
                        file: table.path, line: employee.location.line,
                        column: columns.manager.map { table.location(ofHeader: $0).column ?? 1 }),
                    "unknown manager \(manager.quotedForMessage()) for employee \(employee.id)",
                    fix: Suggest.closest(to: manager, in: ids.sorted()).map { "did you mean \($0)?" } ?? "use an employee id from this file"
                )
            }
            if employee.manager == employee.id {
                diagnostics.error(employee.location, "employee \(employee.id) is their own manager", fix: "fix the manager column")
            }
        }
        checkManagerCircles(employees, table, columns, &diagnostics)
        for department in departments {
            if let head = department.head, !ids.contains(head) {
                diagnostics.error(
                    department.location, "department \(department.id) has unknown head \(head.quotedForMessage())",
                    fix: Suggest.closest(to: head, in: ids.sorted()).map { "did you mean \($0)?" }
                        ?? "use an employee id from employees.csv")
            }
        }
    }
}
