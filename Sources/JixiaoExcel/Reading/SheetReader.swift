import Foundation
import JixiaoCore

/// Reads a sheet part (and the shared strings) into `SheetContents`, turning each cell into
/// the text a CSV export would hold: shared and inline strings, numbers, booleans, cached
/// formula results, and dates and ids under their number formats.
struct SheetReader {
    /// The shared string table.
    var sharedStrings: [String]
    /// The number format kind of each cell style.
    var styleFormats: [NumberFormatKind]
    /// Whether the workbook uses the 1904 date system.
    var date1904: Bool
    /// The sheet's name (for problems at a cell).
    var sheetName: String
    /// Limits on rows and columns.
    var limits: WorkbookLimits

    /// One cell being read.
    private struct PendingCell {
        var reference: CellReference
        var type: CellType
        var style: Int
        var value = ""
        var inlineText = ""
    }

    /// Reads the cells of a sheet part.
    func read(_ bytes: [UInt8]) throws(WorkbookProblem) -> SheetContents {
        var scanner = XMLScanner(bytes)
        var contents = SheetContents()
        var rowNumber = 0, nextColumn = 0
        var cells: [(column: Int, text: String)] = []
        var cell: PendingCell?
        var inValue = false, inText = false, inPhonetic = false
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if scanner.name(name, is: "row") {
                    rowNumber = scanner.attribute("r", in: attributes).flatMap(scanner.integer) ?? rowNumber + 1
                    nextColumn = 0
                    cells.removeAll(keepingCapacity: true)
                    if selfClosing { try finish(row: rowNumber, cells: &cells, into: &contents) }
                } else if scanner.name(name, is: "c") {
                    let reference =
                        scanner.attribute("r", in: attributes).flatMap { CellReference(utf8: scanner.bytes[$0]) }
                        ?? CellReference(column: nextColumn, row: max(rowNumber, 1))
                    nextColumn = reference.column + 1
                    let pending = PendingCell(
                        reference: reference, type: CellType(scanner, scanner.attribute("t", in: attributes)),
                        style: scanner.attribute("s", in: attributes).flatMap(scanner.integer) ?? 0)
                    if !selfClosing { cell = pending }
                } else if scanner.name(name, is: "v") {
                    inValue = !selfClosing
                } else if scanner.name(name, is: "t") {
                    inText = !selfClosing
                } else if scanner.name(name, is: "rPh") {
                    inPhonetic = !selfClosing
                } else if scanner.name(name, is: "mergeCell") {
                    if let ref = scanner.attributeText("ref", in: attributes) { contents.merges.append(Self.range(ref)) }
                }
            case .end(let name):
                if scanner.name(name, is: "c"), let pending = cell {
                    let text = try value(of: pending)
                    if !text.isEmpty {
                        guard pending.reference.column < limits.maxColumns else { throw tooWide(pending.reference) }
                        cells.append((pending.reference.column, text))
                    }
                    cell = nil
                } else if scanner.name(name, is: "row") {
                    try finish(row: rowNumber, cells: &cells, into: &contents)
                } else if scanner.name(name, is: "v") {
                    inValue = false
                } else if scanner.name(name, is: "t") {
                    inText = false
                } else if scanner.name(name, is: "rPh") {
                    inPhonetic = false
                }
            case .text(let range, let cdata):
                guard cell != nil else { continue }
                if inValue { cell?.value += scanner.decode(range, cdata: cdata) }
                if inText, !inPhonetic { cell?.inlineText += scanner.decode(range, cdata: cdata) }
            }
        }
        return contents
    }

    private func finish(row: Int, cells: inout [(column: Int, text: String)], into contents: inout SheetContents) throws(WorkbookProblem) {
        guard !cells.isEmpty else { return }
        if row > limits.maxRows {
            throw WorkbookProblem(
                message: "the sheet has values in row \(row), more than the \(limits.maxRows) rows a table may have",
                fix: "delete the rows below the table (select them, right-click, Delete), or split the table into smaller workbooks",
                cell: SheetCellMap.reference(sheet: sheetName, CellReference(column: cells[0].column, row: row).name))
        }
        cells.sort { $0.column < $1.column }
        contents.rows.append(SheetContents.Row(number: row, cells: cells))
        cells.removeAll(keepingCapacity: true)
    }

    /// The text of a finished cell.
    private func value(of cell: PendingCell) throws(WorkbookProblem) -> String {
        switch cell.type {
        case .shared:
            guard let index = Int(cell.value) ?? Int(cell.value.trimmingSpaces) else { return "" }
            guard sharedStrings.indices.contains(index) else {
                throw WorkbookProblem(
                    message: "the cell refers to shared string \(index), but the workbook has only \(sharedStrings.count)",
                    fix: "open the file in Excel and save it again",
                    cell: SheetCellMap.reference(sheet: sheetName, cell.reference.name))
            }
            return Self.unescape(sharedStrings[index])
        case .inline:
            return Self.unescape(cell.inlineText)
        case .formulaText, .error:
            return Self.unescape(cell.value)
        case .boolean:
            return cell.value.isEmpty ? "" : (cell.value == "0" ? "FALSE" : "TRUE")
        case .isoDate:
            return String(cell.value.prefix(10))
        case .number:
            let raw = cell.value.trimmingSpaces
            guard !raw.isEmpty else { return "" }
            let kind = styleFormats.indices.contains(cell.style) ? styleFormats[cell.style] : .general
            return ExcelNumber.text(raw, kind: kind, date1904: date1904)
        }
    }

    private func tooWide(_ reference: CellReference) -> WorkbookProblem {
        WorkbookProblem(
            message:
                "the sheet has a value in column \(SheetCellMap.columnName(reference.column)), more than the \(limits.maxColumns) columns a table may have",
            fix: "delete the columns right of the table",
            cell: SheetCellMap.reference(sheet: sheetName, reference.name))
    }

    /// `A1:B2` (or a single cell) as its first and last cell.
    static func range(_ text: String) -> (first: CellReference, last: CellReference) {
        let ends = text.split(separator: ":")
        let first = ends.first.flatMap { CellReference($0) } ?? CellReference(column: 0, row: 1)
        let last = ends.count > 1 ? CellReference(ends[1]) ?? first : first
        return (first, last)
    }

    /// Excel's `_x000D_` escapes for control characters, decoded.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = rest[start.upperBound...].dropFirst(5)
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// Reads the shared string table: each `<si>` is the text of its `<t>` runs (phonetic runs left out).
    static func sharedStrings(_ bytes: [UInt8]) throws(WorkbookProblem) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        var current = "", inItem = false, inText = false, inPhonetic = false
        while let event = try scanner.next() {
            switch event {
            case .start(let name, _, let selfClosing):
                if scanner.name(name, is: "si") {
                    current = ""
                    inItem = true
                    if selfClosing { strings.append(""); inItem = false }
                } else if scanner.name(name, is: "t") {
                    inText = !selfClosing
                } else if scanner.name(name, is: "rPh") {
                    inPhonetic = !selfClosing
                }
            case .end(let name):
                if scanner.name(name, is: "si") {
                    strings.append(current)
                    inItem = false
                } else if scanner.name(name, is: "t") {
                    inText = false
                } else if scanner.name(name, is: "rPh") {
                    inPhonetic = false
                }
            case .text(let range, let cdata):
                if inItem, inText, !inPhonetic { current += scanner.decode(range, cdata: cdata) }
            }
        }
        return strings
    }
}
