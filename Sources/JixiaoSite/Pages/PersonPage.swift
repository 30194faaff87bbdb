import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A person's page: results history, trend, items, badge and pay statement.
public struct PersonPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Name.
    public var name: String
    /// Facts (id, department, role, manager, hire date, status…).
    public var facts: [Fact]
    /// The current month's label.
    public var monthLabel: String
    /// The current month's status line (score and grade, or why not assessed).
    public var currentSummary: String
    /// Trend chart.
    public var trendChart: String
    /// Monthly history.
    public var history: TableView
    /// Item breakdown for the current month.
    public var items: TableView
    /// Whether the person has a badge ladder.
    public var hasLadder: Bool
    /// Ladder name.
    public var ladderName: String
    /// Current level name.
    public var level: String
    /// Next level name ("" at the top).
    public var nextLevel: String
    /// Requirements still missing for the next level.
    public var missing: [String]
    /// Whether everything for the next level is met.
    public var allMet: Bool
    /// Streaks in progress.
    public var streaks: [String]
    /// Whether there are streaks in progress.
    public var hasStreaks: Bool
    /// Whether the pay statement is shown.
    public var hasPay: Bool
    /// Pay statement.
    public var pay: TableView
    /// Pay total text.
    public var payTotal: String
    /// Whether the pay statement's month is closed, and the localised closing note.
    public var isClosed = false
    /// "closed on …" for a closed month; "" otherwise.
    public var closedOn = ""
}
