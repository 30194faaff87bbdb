/// Limits that keep a hostile or broken workbook from using unbounded memory or time.
public struct WorkbookLimits: Sendable, Hashable {
    /// Largest uncompressed size of one part (a sheet, the shared strings, …), in bytes.
    public var maxPartBytes: Int
    /// Largest uncompressed size of all parts read from one workbook, in bytes.
    public var maxTotalBytes: Int
    /// Largest compression ratio accepted for a part bigger than `ratioFloorBytes`.
    public var maxRatio: Int
    /// Parts smaller than this are not checked for their ratio.
    public var ratioFloorBytes: Int
    /// Most sheet rows (with values) a table may have.
    public var maxRows: Int
    /// Most sheet columns a table may have.
    public var maxColumns: Int

    /// Creates limits.
    public init(
        maxPartBytes: Int = 256 << 20, maxTotalBytes: Int = 512 << 20, maxRatio: Int = 200,
        ratioFloorBytes: Int = 1 << 20, maxRows: Int = 200_000, maxColumns: Int = 1_000
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
    }

    /// The limits used for content folders.
    public static let standard = WorkbookLimits()
}
