/// Why an existing directory cannot be listed, in the system's words (e.g. "Permission
/// denied"), so that an unreadable folder is not taken for an empty one.
public struct ListingProblem: Error, Sendable, Equatable {
    /// The system's reason, e.g. "Permission denied".
    public var reason: String

    /// A problem with the system's `reason`.
    public init(reason: String) { self.reason = reason }
}
