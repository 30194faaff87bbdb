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
        let candidates = declared.sorted()
        forEachRoleCell(in: path, columns: columns, outside: declared) { role, location in
            diagnostics.error(
                location, "role \"\(role)\" is not declared in roles.csv",
                fix: Suggest.closest(to: role, in: candidates).map { "did you mean \($0)?" }
                    ?? "add a line for \(role) to roles.csv (id,name,name_en) or use a declared role")
        }
    }

    /// Without `roles.csv`, the roles the policies name (`applies_to` roles and exclude_roles)
    /// are the only ones known: a role in `employees.csv` or `transfers.csv` that no policy
    /// names but that is one typo away from one that does is an error at its cell (the person
    /// would silently fall out of that policy) when it differs only in case, `-`, `_` or spaces,
    /// and a warning when it is merely close (`ops-lead` beside `ops-head` may be deliberate).
    /// Other unnamed roles are left alone: a role no role-specific policy covers is allowed.
    func checkRoleTypos(policies: [Policy], _ diagnostics: inout Diagnostics) {
        var named = Set<String>()
        for policy in policies { if let rules = policy.rules { Self.collectScopeRoles(rules, into: &named) } }
        guard !named.isEmpty else { return }
        let candidates = named.sorted()
        let candidateKeys = candidates.map(Self.roleKey)
        let files = [(tableFile("employees"), ["role"]), (tableFile("transfers"), ["from_role", "role"])]
        for (path, columns) in files {
            forEachRoleCell(in: path, columns: columns, outside: named) { role, location in
                let fix = "did you mean %@? (or declare every role in roles.csv: id,name,name_en)"
                let key = Self.roleKey(role)
                if let same = candidateKeys.firstIndex(of: key).map({ candidates[$0] }) {
                    diagnostics.error(
                        location, "unknown role \"\(role)\": no policy names it, so this person falls out of every policy for \(same)",
                        fix: fix.replacingOccurrences(of: "%@", with: same))
                } else if let close = Suggest.closest(to: role, in: candidates) {
                    diagnostics.warning(
                        location, "role \"\(role)\" is named by no policy (policies name \(close)); roles.csv would make this an error",
                        fix: fix.replacingOccurrences(of: "%@", with: close))
                }
            }
        }
    }

    /// A role id without case and separators: `CS_Agent` and `cs-agent` give `csagent`.
    static func roleKey(_ role: String) -> String {
        String(role.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    /// Every role named under an `applies_to` key anywhere in a policy's rules.
    static func collectScopeRoles(_ value: YAMLValue, into named: inout Set<String>) {
        for pair in value.pairs ?? [] {
            if pair.key == "applies_to" {
                for key in ["roles", "exclude_roles"] {
                    let list = pair.value.pairs?.first { $0.key == key }?.value
                    for item in list?.items ?? [] { if let text = item.scalarText { named.insert(text) } }
                }
            } else {
                collectScopeRoles(pair.value, into: &named)
            }
        }
        for item in value.items ?? [] { collectScopeRoles(item, into: &named) }
    }

    /// Calls `body` with each non-empty role cell of the named columns that is not in `known`.
    /// The file was read (and its syntax reported) before; this pass only looks at role cells.
    private func forEachRoleCell(
        in path: String, columns: [String], outside known: Set<String>, _ body: (String, SourceLocation) -> Void
    ) {
        var scratch = Diagnostics()
        guard fileSystem.fileExists(path), let table = readCSV(path, &scratch) else { return }
        for name in columns {
            guard let column = table.column(named: name) else { continue }
            for row in 0..<table.rowCount {
                let role = table.string(row, column)
                if !role.isEmpty, !known.contains(role) { body(role, table.location(row, column)) }
            }
        }
    }
}
