import JixiaoCore
import JixiaoMarkdown
/// Whom a rule set applies to: departments (with their sub-departments), roles and statuses.
/// An empty list means "any".
public struct Scope: Sendable {
    /// Department ids (a department includes its sub-departments).
    public var departments: [String] = []
    /// Role ids.
    public var roles: [String] = []
    /// Statuses in the month (trial, regular, temporary).
    public var statuses: [EmployeeStatus] = []
    /// Roles excluded even when the department matches.
    public var excludeRoles: [String] = []

    /// A scope that matches everyone.
    public init() {}

    /// Whether a person with this department chain, role and status is in scope.
    public func matches(departmentChain: [String], role: String, status: EmployeeStatus) -> Bool {
        admits(departmentChain: departmentChain) && admits(role: role, status: status)
    }

    /// Whether the department chain (a department and its parents) is in scope.
    public func admits(departmentChain: [String]) -> Bool {
        departments.isEmpty || departmentChain.contains(where: departments.contains)
    }

    /// Whether the role and the month's status are in scope.
    public func admits(role: String, status: EmployeeStatus) -> Bool {
        if !roles.isEmpty, !roles.contains(role) { return false }
        if excludeRoles.contains(role) { return false }
        if !statuses.isEmpty, !statuses.contains(status) { return false }
        return true
    }
}
