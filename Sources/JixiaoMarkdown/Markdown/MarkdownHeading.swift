import JixiaoCore
/// One heading of a page.
public struct MarkdownHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The plain text of the heading (formatting and raw HTML removed).
    public var text: String
    /// The unique `id` given to the heading element.
    public var id: String
    /// The line of the file where the heading is.
    public var line: Int

    /// Creates a heading record.
    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
