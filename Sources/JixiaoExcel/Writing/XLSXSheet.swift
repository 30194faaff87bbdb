/// A sheet written by `XLSXWriter`: a header row (frozen) and data rows.
public struct XLSXSheet: Sendable, Hashable {
    /// The name on the sheet tab (at most 31 characters, without `[]:*?/\`).
    public var name: String
    /// The columns, with their headers and formats.
    public var columns: [XLSXColumn]
    /// The data rows (a row may be shorter than `columns`).
    public var rows: [[XLSXCell]]
    /// Whether the sheet is hidden.
    public var hidden: Bool
    /// Merged ranges such as `A1:B1`.
    public var merges: [String]
    /// Whether the header row stays in view when scrolling.
    public var freezeHeader: Bool

    /// Creates a sheet.
    public init(
        name: String, columns: [XLSXColumn], rows: [[XLSXCell]], hidden: Bool = false,
        merges: [String] = [], freezeHeader: Bool = true
    ) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.hidden = hidden
        self.merges = merges
        self.freezeHeader = freezeHeader
    }

    /// The name as Excel accepts it: forbidden characters replaced by `_`, at most 31 characters.
    var safeName: String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }
}
