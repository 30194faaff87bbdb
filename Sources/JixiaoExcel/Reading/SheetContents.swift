/// The cells of one sheet that hold a value, row by row, and its merged ranges.
struct SheetContents: Sendable {
    /// One row with at least one value.
    struct Row: Sendable {
        /// Sheet row number, from 1.
        var number: Int
        /// (column index, text) of each cell with a value, in column order.
        var cells: [(column: Int, text: String)]
    }

    /// Rows with values, in sheet order.
    var rows: [Row] = []
    /// Merged ranges such as `A1:B1`.
    var merges: [(first: CellReference, last: CellReference)] = []
}
