/// One policy version in the index's 制度更新 / Policy updates list.
public struct PolicyUpdate: Sendable {
    /// The policy's title.
    public var title: String
    /// The policy page, at its version notes when it has any.
    public var href: String
    /// What changed ("" for a policy's first version, which says so in `note`).
    public var note: String
}
