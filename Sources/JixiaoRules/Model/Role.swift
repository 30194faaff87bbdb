import JixiaoCore
/// A role (job) declared in `roles.csv`, with its display names.
public struct Role: Sendable, Hashable {
    /// Short ASCII id used in `employees.csv`, `transfers.csv` and policies, e.g. `cs-agent`.
    public var id: String
    /// Display name, e.g. 客服专员.
    public var name: String
    /// English display name, when given.
    public var nameEN: String?
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a role.
    public init(id: String, name: String, nameEN: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.location = location
    }
}
