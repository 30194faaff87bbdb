import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A leaderboard, or (with `boards`) the index of leaderboards.
public struct LeaderboardPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Heading.
    public var heading: String
    /// The ranking (empty on the index).
    public var ranking: TableView
    /// People not ranked.
    public var notAssessed: TableView
    /// Whether this is the index page.
    public var isIndex: Bool
    /// Links to every leaderboard, grouped by heading.
    public var groups: [LinkGroup]
}

/// A heading with links under it.
public struct LinkGroup: Sendable {
    /// Heading.
    public var heading: String
    /// Links.
    public var links: [NavLink]
}
