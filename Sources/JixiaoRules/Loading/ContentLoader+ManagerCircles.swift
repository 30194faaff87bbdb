import JixiaoCore

extension ContentLoader {
    /// Reports managers who manage each other in a circle (E001 → E003 → E001), once per
    /// circle, at the manager cell of its member that comes first in the file. (Someone who
    /// is their own manager is reported on their own.)
    func checkManagerCircles(
        _ employees: [Employee], _ table: CSVTable, _ columns: EmployeeColumns, _ diagnostics: inout Diagnostics
    ) {
        var index: [String: Int] = [:]
        for (i, employee) in employees.enumerated() { index[employee.id] = i }
        for (i, employee) in employees.enumerated() {
            var chain = [employee.id]
            var current = employee
            while let manager = current.manager, manager != current.id, let next = index[manager], chain.count <= employees.count {
                if next == i {
                    // Report only from the member that comes first in the file.
                    guard chain.allSatisfy({ (index[$0] ?? i) >= i }) else { break }
                    let cell = (0..<table.rowCount).first { table.line(ofRow: $0) == employee.location.line }
                    diagnostics.error(
                        cell.flatMap { row in columns.manager.map { table.location(row, $0) } } ?? employee.location,
                        "managers in a circle: \((chain + [employee.id]).joined(separator: " → "))",
                        fix: "the person at the top of the chain has no manager: leave their manager cell empty")
                    break
                }
                if chain.contains(manager) { break }
                chain.append(manager)
                current = employees[next]
            }
        }
    }
}
