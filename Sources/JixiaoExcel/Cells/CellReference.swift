import JixiaoCore

/// A cell address such as `C7`: a 0-based column and a 1-based row.
struct CellReference: Sendable, Hashable {
    /// Column index, A = 0.
    var column: Int
    /// Row number, from 1.
    var row: Int

    /// Parses `C7` (or `$C$7`); `nil` when it is not a cell address.
    init?(_ text: some StringProtocol) { self.init(utf8: text.utf8) }

    /// Parses the UTF-8 bytes of `C7` (or `$C$7`).
    init?(utf8: some Sequence<UInt8>) {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in utf8 where b != UInt8(ascii: "$") {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 4 else { return nil }
                column = column * 26 + Int((b & 0xDF) - 64)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 8 else { return nil }
                row = row * 10 + Int(b - 48)
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// Creates a reference.
    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// `C7`.
    var name: String { SheetCellMap.columnName(column) + "\(row)" }
}
