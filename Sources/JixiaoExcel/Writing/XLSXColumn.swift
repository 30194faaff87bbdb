/// A column written by `XLSXWriter`: its header and how its numbers are shown.
public struct XLSXColumn: Sendable, Hashable {
    /// How numbers in a column are shown.
    public enum Format: Sendable, Hashable, CaseIterable {
        /// Excel's General format.
        case general
        /// Whole numbers (`0`).
        case integer
        /// Money with two decimals (`0.00`).
        case money
        /// A fraction shown as a percentage (`0.00%`).
        case percent
        /// A date (`yyyy-mm-dd`).
        case date
        /// Text (`@`), so Excel keeps ids such as 00042 as typed.
        case text
    }

    /// The header text.
    public var header: String
    /// The number format of the column's cells.
    public var format: Format

    /// Creates a column.
    public init(_ header: String, format: Format = .general) {
        self.header = header
        self.format = format
    }
}
