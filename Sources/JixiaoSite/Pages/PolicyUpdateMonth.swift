/// The policy versions that took effect in one month.
public struct PolicyUpdateMonth: Sendable {
    /// The month, formatted.
    public var month: String
    /// The versions, in policy order.
    public var entries: [PolicyUpdate]
}
