import Foundation
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
        xml += #"<row r="1">"#
        for (c, column) in sheet.columns.enumerated() {
            xml += cellXML(
                .text(column.header), reference: CellReference(column: c, row: 1).name, style: XLSXParts.headerStyle, strings: &strings)
        }
        xml += "</row>"
        for (r, row) in sheet.rows.enumerated() {
            xml += #"<row r="\#(r + 2)">"#
            for (c, cell) in row.enumerated() where cell != .empty {
                let format = c < sheet.columns.count ? sheet.columns[c].format : .general
                xml += cellXML(
                    cell, reference: CellReference(column: c, row: r + 2).name, style: XLSXParts.style(of: format), strings: &strings)
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

    /// One `<c>` element.
    func cellXML(_ cell: XLSXCell, reference: String, style: Int, strings: inout SharedStringTable) -> String {
        let open = #"<c r="\#(reference)" s="\#(style)""#
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            if sharedStrings { return open + #" t="s"><v>\#(strings.index(of: text))</v></c>"# }
            return open + #" t="inlineStr"><is><t xml:space="preserve">\#(XLSXParts.escape(text))</t></is></c>"#
        case .number(let value):
            return open + "><v>\(XLSXParts.escape(value))</v></c>"
        case .date(let year, let month, let day):
            return open + "><v>\(ExcelDate.serial(year: year, month: month, day: day, date1904: date1904))</v></c>"
        case .bool(let value):
            return open + #" t="b"><v>\#(value ? 1 : 0)</v></c>"#
        case .formula(let formula, let cached):
            return open + "><f>\(XLSXParts.escape(formula))</f><v>\(XLSXParts.escape(cached))</v></c>"
        }
    }
}
