import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A page with a heading, an optional table and optional text: alerts, search, not found.
public struct SimplePage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Heading.
    public var heading: String
    /// Paragraph text ("" when none).
    public var text: String
    /// A table (may be empty).
    public var table: TableView
    /// Whether the table is shown.
    public var hasTable: Bool
}
