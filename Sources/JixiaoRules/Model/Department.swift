import JixiaoCore
import JixiaoMarkdown
/// A department (or team) of the organisation.
public struct Department: Sendable, Hashable {
    /// Short ASCII id used in URLs and policies, e.g. `logistics`.
    public var id: String
    /// Display name, e.g. 物流部.
    public var name: String
    /// English display name, when given.
    public var nameEN: String?
    /// Parent department id, when this is a sub-team.
    public var parent: String?
    /// Employee id of the head, when given.
    public var head: String?
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a department.
    public init(id: String, name: String, nameEN: String? = nil, parent: String? = nil, head: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.parent = parent
        self.head = head
        self.location = location
    }
}
