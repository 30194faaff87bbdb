/// A policy on the staff home: its link, summary and the roles it applies to (for the
/// "applies to me" filter; empty when it applies to every role).
public struct PolicyLink: Sendable {
    /// The policy title.
    public var label: String
    /// Relative link to the policy page.
    public var href: String
    /// The summary.
    public var note: String
    /// Role ids separated by spaces, for `data-roles`; empty = every role.
    public var roles: String
}
