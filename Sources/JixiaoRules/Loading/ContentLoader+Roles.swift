import JixiaoCore
extension ContentLoader {
    /// Reads the optional `roles.csv` (id, name, name_en) and, when it exists, reports every
    /// role used in `employees.csv` or `transfers.csv` that it does not declare.
    func loadRoles(checking employees: [Employee], _ transfers: [Transfer], _ diagnostics: inout Diagnostics) -> [Role] {
        let path = tableFile("roles")
        guard fileSystem.fileExists(path) else { return [] }
        guard let table = readCSV(path, &diagnostics), requireColumns(["id", "name"], in: table, &diagnostics) else { return [] }
        let roles = declaredRoles(table, &diagnostics)
        let ids = Set(roles.map(\.id))
        if !employees.isEmpty { checkRoleUse(in: tableFile("employees"), columns: ["role"], declared: ids, &diagnostics) }
        if !transfers.isEmpty {
            checkRoleUse(in: tableFile("transfers"), columns: ["from_role", "role"], declared: ids, &diagnostics)
        }
        return roles
    }

    /// The rows of `roles.csv`: valid, unique ids with a name.
    func declaredRoles(_ table: CSVTable, _ diagnostics: inout Diagnostics) -> [Role] {
        guard let idCol = table.column(named: "id"), let nameCol = table.column(named: "name") else { return [] }
        let nameENCol = table.column(named: "name_en")
        var roles: [Role] = []
        var ids = DeclaredIDs(kind: "role", table: table, column: idCol, example: "cs-agent", duplicateFix: "declare each role once")
        for row in 0..<table.rowCount {
            guard let id = ids.accept(row, &diagnostics) else { continue }
            let name = table.string(row, nameCol)
            if name.isEmpty {
                diagnostics.error(table.location(row, nameCol), "role \(id) has no name", fix: "fill in the name column, e.g. 客服专员")
            }
            let nameEN = table.optionalString(row, nameENCol)
            roles.append(Role(id: id, name: name.isEmpty ? id : name, nameEN: nameEN, location: table.location(ofRow: row)))
        }
        return roles
    }

    /// Reports each cell of the named columns of a table file that holds a role `roles.csv`
    /// does not declare, at the cell, with the closest declared id as a suggestion. The file was
    /// read (and its syntax reported) before; this pass only looks at the role cells.
    func checkRoleUse(in path: String, columns: [String], declared: Set<String>, _ diagnostics: inout Diagnostics) {
        var scratch = Diagnostics()
        guard fileSystem.fileExists(path), let table = readCSV(path, &scratch) else { return }
        let candidates = declared.sorted()
        for name in columns {
            guard let column = table.column(named: name) else { continue }
            for row in 0..<table.rowCount {
                let role = table.string(row, column)
                guard !role.isEmpty, !declared.contains(role) else { continue }
                diagnostics.error(
                    table.location(row, column), "role \"\(role)\" is not declared in roles.csv",
                    fix: Suggest.closest(to: role, in: candidates).map { "did you mean \($0)?" }
                        ?? "add a line for \(role) to roles.csv (id,name,name_en) or use a declared role")
            }
        }
    }
}
