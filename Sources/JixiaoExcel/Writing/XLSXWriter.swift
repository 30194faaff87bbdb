import Foundation
import JixiaoCore
import ZIPFoundation

/// Writes tables as an Excel workbook (`.xlsx`): hand-written SpreadsheetML zipped with
/// ZIPFoundation, with number formats per column (money 0.00, dates, percentages), a bold,
/// frozen header row and column widths that fit the longest value.
///
/// The output is deterministic: the same sheets give the same bytes.
public struct XLSXWriter: Sendable {
    /// Whether dates are stored in the 1904 date system (as old Mac workbooks are).
    public var date1904: Bool
    /// Whether text goes into the shared string table (as Excel writes it) or inline in the cells.
    public var sharedStrings: Bool

    /// Creates a writer.
    public init(date1904: Bool = false, sharedStrings: Bool = true) {
        self.date1904 = date1904
        self.sharedStrings = sharedStrings
    }

    /// The workbook bytes for `sheets` (at least one).
    public func write(_ sheets: [XLSXSheet]) throws -> Data {
        var strings = SharedStringTable()
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet, strings: &strings)))
        }
        parts.insert(
            contentsOf: [
                ("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheets.count, sharedStrings: sharedStrings)),
                ("_rels/.rels", XLSXParts.packageRelationships),
                ("xl/workbook.xml", XLSXParts.workbook(sheets, date1904: date1904)),
                ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count, sharedStrings: sharedStrings)),
                ("xl/styles.xml", XLSXParts.styles),
            ], at: 0)
        if sharedStrings { parts.append(("xl/sharedStrings.xml", strings.xml)) }
        return try Self.zip(parts)
    }

    /// The bytes of a zip archive holding `parts` (path, UTF-8 text), deflated.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: 1_767_225_600)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return archive.data ?? Data()
    }

    /// One worksheet part.
    func sheetXML(_ sheet: XLSXSheet, strings: inout SharedStringTable) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if sheet.freezeHeader {
            xml +=
                #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        xml += "<cols>"
        for (i, width) in XLSXParts.columnWidths(sheet, date1904: date1904).enumerated() {
            xml += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(width)" customWidth="1"/>"#
        }
        xml += "</cols><sheetData>"
        // Column letters once per sheet, and each cell appended in place: a large download has
        // hundreds of thousands of cells.
        let width = sheet.rows.reduce(sheet.columns.count) { max($0, $1.count) }
        let letters = (0..<width).map(SheetCellMap.columnName)
        xml += #"<row r="1">"#
        for (c, column) in sheet.columns.enumerated() {
            appendCell(.text(column.header), column: letters[c], row: "1", style: XLSXParts.headerStyle, strings: &strings, to: &xml)
        }
        xml += "</row>"
        for (r, row) in sheet.rows.enumerated() {
            let number = String(r + 2)
            xml += #"<row r=""#
            xml += number
            xml += #"">"#
            for (c, cell) in row.enumerated() where cell != .empty {
                let format = c < sheet.columns.count ? sheet.columns[c].format : .general
                appendCell(cell, column: letters[c], row: number, style: XLSXParts.style(of: format), strings: &strings, to: &xml)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += #"<mergeCells count="\#(sheet.merges.count)">"#
            for merge in sheet.merges { xml += #"<mergeCell ref="\#(XLSXParts.escape(merge))"/>"# }
            xml += "</mergeCells>"
        }
        return xml + "</worksheet>"
    }

    /// Appends one `<c>` element at `column` (letters) and `row` (its number as text) to `xml`.
    func appendCell(
        _ cell: XLSXCell, column: String, row: String, style: Int, strings: inout SharedStringTable, to xml: inout String
    ) {
        if cell == .empty { return }
        xml += #"<c r=""#
        xml += column
        xml += row
        xml += #"" s=""#
        xml += String(style)
        xml += "\""
        switch cell {
        case .empty:
            return
        case .text(let text):
            if sharedStrings {
                xml += #" t="s"><v>"#
                xml += String(strings.index(of: text))
                xml += "</v></c>"
            } else {
                xml += #" t="inlineStr"><is><t xml:space="preserve">"#
                xml += XLSXParts.escape(text)
                xml += "</t></is></c>"
            }
        case .number(let value):
            xml += "><v>"
            xml += XLSXParts.escape(value)
            xml += "</v></c>"
        case .date(let year, let month, let day):
            xml += "><v>\(ExcelDate.serial(year: year, month: month, day: day, date1904: date1904))</v></c>"
        case .bool(let value):
            xml += #" t="b"><v>\#(value ? 1 : 0)</v></c>"#
        case .formula(let formula, let cached):
            xml += "><f>\(XLSXParts.escape(formula))</f><v>\(XLSXParts.escape(cached))</v></c>"
        }
    }
}
