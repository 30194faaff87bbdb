/// Scores above the full 100 (bonus points): the cell style that marks them and the test
/// that adds the explaining note under a table (see `SiteContext.overFullStyle`).
extension TableView {
    /// The cell style of a score above 100 (marked with `*` by the stylesheet).
    static let overFullStyle = "over-full"

    /// Whether any of the rows has a score above 100.
    static func hasOverFull(_ rows: ArraySlice<Row>) -> Bool {
        rows.contains { $0.cells.contains { $0.style == overFullStyle } }
    }
}
