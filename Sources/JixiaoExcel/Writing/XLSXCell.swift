/// One cell written by `XLSXWriter`.
public enum XLSXCell: Sendable, Hashable {
    /// No value.
    case empty
    /// Text, kept as written (ids such as `00042` keep their zeros).
    case text(String)
    /// A number as decimal text (`12500.5`, `-3`, `0.98`), shown in the column's format.
    case number(String)
    /// A date, stored as a serial number and shown as `yyyy-mm-dd`.
    case date(year: Int, month: Int, day: Int)
    /// TRUE or FALSE.
    case bool(Bool)
    /// A formula with its cached result (a number).
    case formula(String, cached: String)
}
