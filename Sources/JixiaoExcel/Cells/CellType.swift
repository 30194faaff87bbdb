/// The `t` attribute of a cell: how its value is stored.
enum CellType: Sendable, Hashable {
    /// `n` (or none): a number, read under the cell's number format.
    case number
    /// `s`: an index into the shared string table.
    case shared
    /// `inlineStr`: text inside the cell.
    case inline
    /// `str`: the text result of a formula.
    case formulaText
    /// `b`: a boolean, 0 or 1.
    case boolean
    /// `e`: an error value such as `#N/A`.
    case error
    /// `d`: an ISO 8601 date.
    case isoDate

    /// The type named by the attribute value at `range` (a number when absent or unknown).
    init(_ scanner: XMLScanner, _ range: Range<Int>?) {
        guard let range else {
            self = .number
            return
        }
        if scanner.name(range, is: "s") {
            self = .shared
        } else if scanner.name(range, is: "inlineStr") {
            self = .inline
        } else if scanner.name(range, is: "str") {
            self = .formulaText
        } else if scanner.name(range, is: "b") {
            self = .boolean
        } else if scanner.name(range, is: "e") {
            self = .error
        } else if scanner.name(range, is: "d") {
            self = .isoDate
        } else {
            self = .number
        }
    }
}
