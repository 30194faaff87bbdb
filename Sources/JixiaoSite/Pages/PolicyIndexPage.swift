import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// The policy index, grouped by department.
public struct PolicyIndexPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Groups of policies.
    public var groups: [PolicyGroup]
    /// Every policy version by effective month, newest first.
    public var updates: [PolicyUpdateMonth]
    /// Whether there are updates to list.
    public var hasUpdates: Bool
}

/// Policies of one department (or the whole company).
public struct PolicyGroup: Sendable {
    /// Heading.
    public var heading: String
    /// The policies.
    public var policies: [PolicySummary]
}

/// One policy in the index.
public struct PolicySummary: Sendable {
    /// Title.
    public var title: String
    /// Link.
    public var href: String
    /// Effective month label.
    public var effective: String
    /// Summary.
    public var summary: String
    /// Owner.
    public var owner: String
    /// Version note ("" when none).
    public var versionNote: String
}
