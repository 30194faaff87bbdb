import JixiaoCore
/// A table written as a fenced block with the info string `table` (optionally followed by
/// a caption) whose lines are CSV rows, header first:
///
/// ````markdown
/// ```table 扣分标准
/// 项目,扣分
/// "迟到, 早退",2
/// ```
/// ````
public struct MarkdownTable: Sendable, Hashable {
    /// The caption after `table` on the fence line, or `nil`.
    public var caption: String?
    /// The header cells.
    public var header: [String]
    /// The body rows, each padded or cut to the header's width.
    public var rows: [[String]]
    /// The line of the opening fence.
    public var line: Int

    /// Creates a table.
    public init(caption: String?, header: [String], rows: [[String]], line: Int) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.line = line
    }
}
