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
        var diagnostics: [Diagnostic] = []
        let (records, unterminatedLine) = csvRecords(body)
        if let unterminatedLine {
            diagnostics.append(.error(SourceLocation(file: file, line: fenceLine + 1 + unterminatedLine),
                                      "table cell has a quote that is never closed",
                                      fix: "close the quoted cell with \" (write \"\" for a quote inside it)"))
        }
        guard let first = records.first else {
            diagnostics.append(.error(SourceLocation(file: file, line: fenceLine),
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
                diagnostics.append(.error(SourceLocation(file: file, line: fenceLine + 1 + record.line),
                                          "table row has \(cells.count) \(cells.count == 1 ? "cell" : "cells") but the header has \(width)",
                                          fix: "give every row \(width) comma-separated cells; quote a cell that contains a comma: \"a, b\""))
                if cells.count > width { cells.removeLast(cells.count - width) }
                while cells.count < width { cells.append("") }
            }
            rows.append(cells)
        }
        return (MarkdownTable(caption: caption, header: first.cells, rows: rows, line: fenceLine), diagnostics)
    }

    /// Splits CSV text into records. Blank lines are skipped; unquoted cells are trimmed;
    /// quoted cells may hold commas, newlines and `""` for a quote.
    /// Returns the records and, if a quote is never closed, the line where its record started.
    static func csvRecords(_ text: String) -> ([Record], Int?) {
        var records: [Record] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 0
        var recordLine = 0
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var lineHasContent = false

        func endCell() {
            if wasQuoted {
                cells.append(String(decoding: cell, as: UTF8.self))
            } else {
                var start = 0
                var end = cell.count
                while start < end, cell[start] == 0x20 || cell[start] == 0x09 { start += 1 }
                while end > start, cell[end - 1] == 0x20 || cell[end - 1] == 0x09 { end -= 1 }
                cells.append(String(decoding: cell[start..<end], as: UTF8.self))
            }
            cell.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterQuote = false
        }
        func endRecord() {
            if lineHasContent || !cells.isEmpty {
                endCell()
                records.append(Record(cells: cells, line: recordLine))
            }
            cells = []
            cell.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterQuote = false
            lineHasContent = false
        }

        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == 0x22 {
                    if index < bytes.count, bytes[index] == 0x22 { cell.append(0x22); index += 1 }
                    else { inQuotes = false; afterQuote = true }
                } else {
                    if byte == 0x0A { line += 1 }
                    if byte != 0x0D { cell.append(byte) }
                }
                continue
            }
            switch byte {
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            case 0x0D:
                continue
            case 0x2C:
                lineHasContent = true
                endCell()
            case 0x22 where !afterQuote && cell.allSatisfy({ $0 == 0x20 || $0 == 0x09 }):
                cell.removeAll(keepingCapacity: true)
                inQuotes = true
                wasQuoted = true
                lineHasContent = true
            case 0x20, 0x09:
                // Spaces after a closing quote are dropped; elsewhere trimmed at the cell's end.
                if !afterQuote { cell.append(byte) }
            default:
                lineHasContent = true
                cell.append(byte)
            }
        }
        let unterminated = inQuotes ? recordLine : nil
        endRecord()
        return (records, unterminated)
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
