import JixiaoCore

/// The CSV form of a sheet's cells: one line per sheet row with values, fields quoted as
/// needed and padded so that each column starts at the same character column on every line,
/// with the map from those lines and columns back to sheet cells.
struct SheetCSV {
    /// UTF-8 CSV text that `CSVParser` reads.
    var text: String
    /// Where each line and column came from.
    var map: SheetCellMap

    /// Builds the CSV form of `contents`, read from `sheet` of the workbook at `path`.
    init(_ contents: SheetContents, path: String, sheet: String) {
        let first = contents.rows.map { $0.cells[0].column }.min() ?? 0
        let last = contents.rows.map { $0.cells[$0.cells.count - 1].column }.max() ?? 0
        let width = last - first + 1
        var fields: [[String]] = []
        fields.reserveCapacity(contents.rows.count)
        var columnWidths = [Int](repeating: 0, count: width)
        for row in contents.rows {
            var line = [String](repeating: "", count: width)
            for cell in row.cells {
                let field = Self.quoted(cell.text)
                line[cell.column - first] = field
                columnWidths[cell.column - first] = max(columnWidths[cell.column - first], Self.lastLineLength(field))
            }
            fields.append(line)
        }
        var columnStarts: [Int] = []
        var position = 1
        for w in columnWidths {
            columnStarts.append(position)
            position += w + 1
        }
        var text = ""
        var rowOfLine: [Int32] = []
        var continued: [Int: Int] = [:]
        rowOfLine.reserveCapacity(contents.rows.count)
        for (row, line) in zip(contents.rows, fields) {
            // Blank lines for empty sheet rows, so that a line is its sheet row (until a
            // multi-line cell shifts them); the parser skips blank lines.
            while rowOfLine.count + 1 < row.number {
                rowOfLine.append(Int32(rowOfLine.count + 1))
                text += "\n"
            }
            rowOfLine.append(Int32(row.number))
            for (c, field) in line.enumerated() {
                text += field
                if field.utf8.contains(0x0A) {
                    for byte in field.utf8 where byte == 0x0A {
                        rowOfLine.append(Int32(row.number))
                        continued[rowOfLine.count] = continued[rowOfLine.count] ?? c
                    }
                }
                if c < width - 1 {
                    let pad = columnWidths[c] - Self.lastLineLength(field)
                    if pad > 0 { text += String(repeating: " ", count: pad) }
                    text += ","
                }
            }
            text += "\n"
        }
        self.text = text
        self.map = SheetCellMap(
            file: path, sheet: sheet, rowOfLine: rowOfLine, columnStarts: columnStarts,
            sheetColumns: Array(first...last), continuedField: continued)
    }

    /// A field as CSV writes it: in double quotes (with `""` inside) when it holds a comma,
    /// a quote or a line break.
    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Characters (Unicode scalars, as the CSV columns count them) on a field's last line.
    static func lastLineLength(_ field: String) -> Int {
        var count = 0
        for scalar in field.unicodeScalars {
            if scalar == "\n" { count = 0 } else { count += 1 }
        }
        return count
    }
}
