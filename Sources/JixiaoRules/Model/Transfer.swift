import JixiaoCore
import JixiaoMarkdown
/// A move of a person to another department (and possibly role) from a given month on.
public struct Transfer: Sendable, Hashable {
    /// Employee id.
    public var employee: String
    /// First month in the new department.
    public var month: Month
    /// Department before the move.
    public var from: String
    /// Department from `month` on.
    public var to: String
    /// Role from `month` on, when it changes.
    public var role: String?
    /// Role before the move, when known (filled in by the loader).
    public var fromRole: String?
    /// The row in `transfers.csv`.
    public var location: SourceLocation

    /// Creates a transfer.
    public init(
        employee: String, month: Month, from: String, to: String, role: String? = nil, fromRole: String? = nil, location: SourceLocation
    ) {
        self.employee = employee
        self.month = month
        self.from = from
        self.to = to
        self.role = role
        self.fromRole = fromRole
        self.location = location
    }
}
