import Foundation
import JixiaoCore

/// Writes tables as an Excel workbook (`.xlsx`): hand-written SpreadsheetML zipped with
/// zlib (`ZipArchiveWriter`), with number formats per column (money 0.00, dates, percentages), a bold,
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
        var zip = try ZipArchiveWriter()
        try zip.add("[Content_Types].xml", contents: Array(XLSXParts.contentTypes(sheetCount: sheets.count, sharedStrings: sharedStrings).utf8))
        try zip.add("_rels/.rels", contents: Array(XLSXParts.packageRelationships.utf8))
        try zip.add("xl/workbook.xml", contents: Array(XLSXParts.workbook(sheets, date1904: date1904).utf8))
        try zip.add(
            "xl/_rels/workbook.xml.rels",
            contents: Array(XLSXParts.workbookRelationships(sheetCount: sheets.count, sharedStrings: sharedStrings).utf8))
        try zip.add("xl/styles.xml", contents: Array(XLSXParts.styles.utf8))
        for (index, sheet) in sheets.enumerated() {
            try zip.add("xl/worksheets/sheet\(index + 1).xml", contents: sheetXML(sheet, strings: &strings))
        }
        if sharedStrings { try zip.add("xl/sharedStrings.xml", contents: strings.xml) }
        return try zip.finish()
    }

    /// The bytes of a zip archive holding `parts` (path, UTF-8 text), deflated.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        var zip = try ZipArchiveWriter()
        for (path, text) in parts { try zip.add(path, contents: Array(text.utf8)) }
        return try zip.finish()
    }

    /// One worksheet part, as UTF-8 bytes.
    func sheetXML(_ sheet: XLSXSheet, strings: inout SharedStringTable) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(1024 + sheet.rows.count * max(sheet.columns.count, 1) * 24)
        xml += #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8
        xml += "\n".utf8
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.utf8
        if sheet.freezeHeader {
            xml +=
                #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
                .utf8
        }
        xml += "<cols>".utf8
        for (i, width) in XLSXParts.columnWidths(sheet, date1904: date1904).enumerated() {
            xml += #"<col min=""#.utf8
            Self.appendDecimal(i + 1, to: &xml)
            xml += #"" max=""#.utf8
            Self.appendDecimal(i + 1, to: &xml)
            xml += #"" width=""#.utf8
            Self.appendDecimal(width, to: &xml)
            xml += #"" customWidth="1"/>"#.utf8
        }
        xml += "</cols><sheetData>".utf8
        appendRows(sheet, strings: &strings, to: &xml)
        xml += "</sheetData>".utf8
        if !sheet.merges.isEmpty {
            xml += #"<mergeCells count=""#.utf8
            Self.appendDecimal(sheet.merges.count, to: &xml)
            xml += #"">"#.utf8
            for merge in sheet.merges { xml += #"<mergeCell ref="\#(XLSXParts.escape(merge))"/>"#.utf8 }
            xml += "</mergeCells>".utf8
        }
        xml += "</worksheet>".utf8
        return xml
    }

    /// The header row and every row of `sheet`, each cell appended in place: a large download
    /// has hundreds of thousands of cells. Column letters (as bytes) once per sheet.
    private func appendRows(_ sheet: XLSXSheet, strings: inout SharedStringTable, to xml: inout [UInt8]) {
        let width = sheet.rows.reduce(sheet.columns.count) { max($0, $1.count) }
        let letters = (0..<width).map { Array(SheetCellMap.columnName($0).utf8) }
        let styles = (0..<width).map { c in
            XLSXParts.style(of: c < sheet.columns.count ? sheet.columns[c].format : .general)
        }
        xml += #"<row r="1">"#.utf8
        for (c, column) in sheet.columns.enumerated() {
            appendCell(.text(column.header), column: letters[c], row: 1, style: XLSXParts.headerStyle, strings: &strings, to: &xml)
        }
        xml += "</row>".utf8
        for (r, row) in sheet.rows.enumerated() {
            xml += #"<row r=""#.utf8
            Self.appendDecimal(r + 2, to: &xml)
            xml += #"">"#.utf8
            for (c, cell) in row.enumerated() where cell != .empty {
                appendCell(cell, column: letters[c], row: r + 2, style: styles[c], strings: &strings, to: &xml)
            }
            xml += "</row>".utf8
        }
    }

    /// Appends one `<c>` element at `column` (letters) and `row` to `xml`.
    func appendCell(
        _ cell: XLSXCell, column: [UInt8], row: Int, style: Int, strings: inout SharedStringTable, to xml: inout [UInt8]
    ) {
        if cell == .empty { return }
        xml += #"<c r=""#.utf8
        xml += column
        Self.appendDecimal(row, to: &xml)
        xml += #"" s=""#.utf8
        Self.appendDecimal(style, to: &xml)
        xml.append(0x22)
        switch cell {
        case .empty:
            return
        case .text(let text):
            if sharedStrings {
                xml += #" t="s"><v>"#.utf8
                Self.appendDecimal(strings.index(of: text), to: &xml)
                xml += "</v></c>".utf8
            } else {
                xml += #" t="inlineStr"><is><t xml:space="preserve">"#.utf8
                xml += XLSXParts.escape(text).utf8
                xml += "</t></is></c>".utf8
            }
        case .number(let value):
            xml += "><v>".utf8
            xml += XLSXParts.escape(value).utf8
            xml += "</v></c>".utf8
        case .date(let year, let month, let day):
            xml += "><v>".utf8
            Self.appendDecimal(ExcelDate.serial(year: year, month: month, day: day, date1904: date1904), to: &xml)
            xml += "</v></c>".utf8
        case .bool(let value):
            xml += #" t="b"><v>"#.utf8
            xml.append(value ? 0x31 : 0x30)
            xml += "</v></c>".utf8
        case .formula(let formula, let cached):
            xml += "><f>\(XLSXParts.escape(formula))</f><v>\(XLSXParts.escape(cached))</v></c>".utf8
        }
    }

    /// Appends `value` in decimal (as `String(value)` writes it), digit by digit without
    /// making a string (row numbers, string indexes: hundreds of thousands per workbook).
    static func appendDecimal(_ value: Int, to xml: inout [UInt8]) {
        guard value >= 0 else {
            xml += String(value).utf8
            return
        }
        var power = 1
        while power <= value / 10 { power *= 10 }
        while power > 0 {
            xml.append(0x30 + UInt8(value / power % 10))
            power /= 10
        }
    }
}
