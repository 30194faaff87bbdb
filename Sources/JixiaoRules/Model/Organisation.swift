import JixiaoCore
import JixiaoMarkdown
/// Departments, people and transfers, indexed for fast look-up.
public struct Organisation: Sendable {
    /// Departments sorted by id.
    public var departments: [Department]
    /// Employees sorted by id.
    public var employees: [Employee]
    /// Transfers sorted by employee and month.
    public var transfers: [Transfer]
    /// Department index by id.
    public var departmentIndex: [String: Int]
    /// Employee index by id.
    public var employeeIndex: [String: Int]
    /// Names of the numeric attribute columns of `employees.csv` (also those whose cells are
    /// all empty), so formulas may name them even when no one has a value.
    public var attributeNames: [String]
    /// Transfers of each employee (by employee index), in month order.
    var transfersByEmployee: [Int: [Transfer]]
    /// Dated changes of numeric attributes, sorted by employee, attribute and month.
    public var payChanges: [PayChange]
    /// Changes of each employee (by employee index) by attribute, in month order.
    var payChangesByEmployee: [Int: [String: [PayChange]]]
    /// Roles declared in `roles.csv`, in file order (empty when the file is absent).
    public var roles: [Role] = []
    /// Role index by id.
    public var roleIndex: [String: Int] = [:]

    /// Creates the organisation and its indexes (sorting departments and employees by id).
    public init(
        departments: [Department], employees: [Employee], transfers: [Transfer], attributeNames: [String] = [], roles: [Role] = [],
        payChanges: [PayChange] = []
    ) {
        self.attributeNames = attributeNames
        self.roles = roles
        var rIndex: [String: Int] = [:]
        for (i, r) in roles.enumerated() where rIndex[r.id] == nil { rIndex[r.id] = i }
        self.roleIndex = rIndex
        self.departments = departments.sorted { $0.id < $1.id }
        self.employees = employees.sorted { $0.id < $1.id }
        self.transfers = transfers.sorted { ($0.employee, $0.month) < ($1.employee, $1.month) }
        var dIndex: [String: Int] = [:]
        for (i, d) in self.departments.enumerated() where dIndex[d.id] == nil { dIndex[d.id] = i }
        var eIndex: [String: Int] = [:]
        for (i, e) in self.employees.enumerated() where eIndex[e.id] == nil { eIndex[e.id] = i }
        var byEmployee: [Int: [Transfer]] = [:]
        for t in self.transfers {
            if let i = eIndex[t.employee] { byEmployee[i, default: []].append(t) }
        }
        self.departmentIndex = dIndex
        self.employeeIndex = eIndex
        self.transfersByEmployee = byEmployee
        self.payChanges = payChanges.sorted { ($0.employee, $0.attribute, $0.month) < ($1.employee, $1.attribute, $1.month) }
        var changes: [Int: [String: [PayChange]]] = [:]
        for c in self.payChanges {
            if let i = eIndex[c.employee] { changes[i, default: [:]][c.attribute, default: []].append(c) }
        }
        self.payChangesByEmployee = changes
    }

    /// Whether any attribute of the person changed over time (`pay-changes.csv`).
    public func hasPayChanges(employee index: Int) -> Bool { payChangesByEmployee[index] != nil }

    /// The value of a numeric attribute of the person in `month`: the `from` of the first change
    /// after `month`, else today's value (`current`, from `employees.csv`).
    public func attribute(_ name: String, ofEmployee index: Int, in month: Month, current: DecimalNumber?) -> DecimalNumber? {
        guard let changes = payChangesByEmployee[index]?[name] else { return current }
        for change in changes where change.month > month { return change.from }
        return current
    }

    /// The declared role with this id, when `roles.csv` declares it.
    public func role(id: String) -> Role? { roleIndex[id].map { roles[$0] } }

    /// The department id the person belonged to in `month`, following transfers.
    public func department(ofEmployee index: Int, in month: Month) -> String {
        guard let moves = transfersByEmployee[index], let first = moves.first else { return employees[index].department }
        if month < first.month { return first.from }
        var current = first.to
        for move in moves.dropFirst() where move.month <= month { current = move.to }
        return current
    }

    /// The role the person had in `month`, following transfers that change role.
    public func role(ofEmployee index: Int, in month: Month) -> String {
        let employee = employees[index]
        guard let moves = transfersByEmployee[index], !moves.isEmpty else { return employee.role }
        var role: String? = nil
        for move in moves {
            if move.month <= month { if let r = move.role { role = r } } else if role == nil, let before = move.fromRole { return before }
        }
        return role ?? employee.role
    }

    /// Ids of the department and all its ancestors, nearest first.
    public func departmentChain(_ id: String) -> [String] {
        var chain: [String] = []
        var current: String? = id
        while let c = current, !chain.contains(c) {
            chain.append(c)
            current = departmentIndex[c].flatMap { departments[$0].parent }
        }
        return chain
    }
}
