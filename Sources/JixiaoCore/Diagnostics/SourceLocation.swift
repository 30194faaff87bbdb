/// A place in a content file, as a text editor counts it: lines and columns start at 1,
/// and columns count characters (not bytes).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path of the file, relative to the content folder where possible.
    public var file: String
    /// 1-based line, or `nil` when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column, or `nil` when a column would not help.
    public var column: Int?
    /// For a table read from a workbook: the sheet and cell (`员工!C7`) or row (`员工!7:7`),
    /// printed instead of the line and column; `nil` for text files.
    public var cell: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown (`file:sheet!cell` for a workbook).
    public var description: String {
        if let cell { return file + ":" + cell }
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
