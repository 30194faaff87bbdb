import JixiaoCore
extension MarkdownTable {
    /// One CSV record and the 0-based line of the block body where it starts.
    struct Record {
        var cells: [String]
        var line: Int
    }

    /// Reads a table block body.
    ///
    /// - Parameters:
    ///   - body: the lines between the fences.
    ///   - caption: the caption from the fence line.
    ///   - fenceLine: the file line of the opening fence; the body starts on the next line.
    ///   - file: the file, for diagnostics.
    /// - Returns: the table (rows fitted to the header) and the problems found.
    static func parse(body: String, caption: String?, fenceLine: Int, file: String) -> (MarkdownTable, [Diagnostic]) {
        var (records, diagnostics) = csvRecords(body, file: file, firstLine: fenceLine + 1)
        guard let first = records.first else {
            diagnostics.append(
                .error(
                    SourceLocation(file: file, line: fenceLine),
                    "table block has no rows",
                    fix: "write a header row and data rows as CSV lines, e.g. 项目,分值"))
            return (MarkdownTable(caption: caption, header: [], rows: [], line: fenceLine), diagnostics)
        }
        let width = first.cells.count
        var rows: [[String]] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            var cells = record.cells
            if cells.count != width {
                diagnostics.append(
                    .error(
                        SourceLocation(file: file, line: fenceLine + 1 + record.line),
                        "table row has \(cells.count) \(cells.count == 1 ? "cell" : "cells") but the header has \(width)",
                        fix: "give every row \(width) comma-separated cells; quote a cell that contains a comma: \"a, b\""))
                if cells.count > width { cells.removeLast(cells.count - width) }
                while cells.count < width { cells.append("") }
            }
            rows.append(cells)
        }
        return (MarkdownTable(caption: caption, header: first.cells, rows: rows, line: fenceLine), diagnostics)
    }

    /// Splits CSV text into records with the content's one CSV reader (`CSVParser.Reader`):
    /// blank lines are skipped, cells are trimmed of surrounding spaces, quoted cells may hold
    /// commas, line breaks and `""` for a quote. A malformed record is reported at its place
    /// in the file (`firstLine` is the file line of the text's first line) and left out; an
    /// unclosed quote ends the table.
    static func csvRecords(_ text: String, file: String, firstLine: Int) -> ([Record], [Diagnostic]) {
        var reader = CSVParser.Reader(bytes: Array(text.utf8), path: file)
        var records: [Record] = []
        var diagnostics: [Diagnostic] = []
        func shifted(_ d: Diagnostic) -> Diagnostic {
            var d = d
            d.location.line = d.location.line.map { $0 + firstLine - 1 }
            return d
        }
        reading: while !reader.atEnd {
            switch reader.nextRecord() {
            case .record(let record):
                if record.isBlank(reader.bytes) { continue }
                let cells = record.fields.map { field in
                    field.quoted ? reader.text(field).replacingOccurrences(of: "\r", with: "") : reader.text(field).trimmingSpaces
                }
                records.append(Record(cells: cells, line: record.line - 1))
            case .bad(let diagnostic):
                diagnostics.append(shifted(diagnostic))
            case .fatal(let diagnostic):
                diagnostics.append(shifted(diagnostic))
                break reading
            }
        }
        return (records, diagnostics)
    }

    /// Whether a cell looks like a number: optional sign, digits with optional `,` groups of
    /// three, optional decimals, optional `%` — e.g. `-5`, `1,200`, `0.5`, `12.5%`.
    static func isNumeric(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" || first == "\u{2212}" { scalars.removeFirst() }
        if scalars.last == "%" { scalars.removeLast() }
        var integerDigits = 0
        var groupDigits = 0
        var sawComma = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let s = scalars[index]
            if s.properties.numericType == .decimal && s.isASCII {
                integerDigits += 1
                groupDigits += 1
            } else if s == "," {
                if integerDigits == 0 || (sawComma && groupDigits != 3) || (!sawComma && groupDigits > 3) { return false }
                sawComma = true
                groupDigits = 0
            } else {
                break
            }
            index = scalars.index(after: index)
        }
        if integerDigits == 0 || (sawComma && groupDigits != 3) { return false }
        if index == scalars.endIndex { return true }
        guard scalars[index] == "." else { return false }
        index = scalars.index(after: index)
        var fractionDigits = 0
        while index < scalars.endIndex {
            let s = scalars[index]
            guard s.isASCII, s.properties.numericType == .decimal else { return false }
            fractionDigits += 1
            index = scalars.index(after: index)
        }
        return fractionDigits > 0
    }
}
