/// Where the lines and columns of a table read from a workbook sheet came from, so that a
/// diagnostic made for the table's CSV form (`line`, `column`) is reported at the sheet cell
/// (`员工!C7`) instead.
///
/// The CSV form puts each sheet row on its own line and pads fields so that a column starts
/// at the same character column on every line; a column maps to a sheet column through
/// `columnStarts`.
public struct SheetCellMap: Sendable, Hashable {
    /// Path of the workbook, relative to the content folder.
    public let file: String
    /// Name of the sheet the table was read from.
    public let sheet: String
    /// Sheet row (1-based) of each CSV line (index `line - 1`).
    let rowOfLine: [Int32]
    /// Character column (1-based) where each CSV field starts, in order.
    let columnStarts: [Int]
    /// Sheet column index (0-based, A = 0) of each CSV field.
    let sheetColumns: [Int]
    /// For lines that continue a multi-line field, the CSV field index that continues.
    let continuedField: [Int: Int]

    /// Creates a map.
    public init(
        file: String, sheet: String, rowOfLine: [Int32], columnStarts: [Int], sheetColumns: [Int],
        continuedField: [Int: Int] = [:]
    ) {
        self.file = file
        self.sheet = sheet
        self.rowOfLine = rowOfLine
        self.columnStarts = columnStarts
        self.sheetColumns = sheetColumns
        self.continuedField = continuedField
    }

    /// The location with `cell` set: `sheet!C7` for a line and column, `sheet!7:7` for a whole
    /// row, the sheet alone for line 1 of an empty table; unchanged without a line.
    public func resolve(_ location: SourceLocation) -> SourceLocation {
        guard location.cell == nil, let line = location.line else { return location }
        var placed = location
        let name = Self.quotedSheetName(sheet)
        guard line >= 1, line <= rowOfLine.count else {
            placed.cell = name
            return placed
        }
        let prefix = name + "!"
        let row = Int(rowOfLine[line - 1])
        guard let column = location.column else {
            placed.cell = prefix + "\(row):\(row)"
            return placed
        }
        var field = continuedField[line] ?? 0
        if continuedField[line] == nil {
            for (i, start) in columnStarts.enumerated() where start <= column { field = i }
        }
        let sheetColumn = field < sheetColumns.count ? sheetColumns[field] : (sheetColumns.last ?? 0)
        placed.cell = prefix + Self.columnName(sheetColumn) + "\(row)"
        return placed
    }

    /// Excel's column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `sheet!C7`, with the sheet name quoted as Excel quotes it.
    public static func reference(sheet: String, _ cell: String) -> String { quotedSheetName(sheet) + "!" + cell }

    /// A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation.
    static func quotedSheetName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
