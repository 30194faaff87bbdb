import Foundation
@testable import JixiaoCore
@testable import JixiaoExcel

/// Builds workbooks for tests: from CSV text (typed cells, as HR would keep them in Excel)
/// or from raw SpreadsheetML parts.
enum WorkbookTestSupport {
    /// A workbook with one sheet holding a CSV table: plain numbers as numbers, `98%` as a
    /// percentage, `2026-03-01` as a date serial, everything else (ids with zeros too) as text.
    static func workbook(csv: String, sheet: String = "Sheet1", writer: XLSXWriter = XLSXWriter()) throws -> Data {
        try writer.write([self.sheet(csv: csv, name: sheet)])
    }

    /// The sheet for a CSV table (see `workbook(csv:)`).
    static func sheet(csv: String, name: String) -> XLSXSheet {
        var diagnostics = Diagnostics()
        guard let table = CSVParser.parse(text: csv, path: "t.csv", diagnostics: &diagnostics) else {
            return XLSXSheet(name: name, columns: [], rows: [])
        }
        let rows = (0..<table.rowCount).map { r in
            (0..<table.header.count).map { c in typedCell(table.string(r, c)) }
        }
        var formats = [XLSXColumn.Format](repeating: .general, count: table.header.count)
        for row in rows {
            for (c, cell) in row.enumerated() {
                if case .date = cell { formats[c] = .date }
            }
        }
        let columns = zip(table.rawHeader, formats).map { XLSXColumn($0, format: $1) }
        return XLSXSheet(name: name, columns: columns, rows: rows)
    }

    /// A CSV field as the cell Excel would hold.
    static func typedCell(_ text: String) -> XLSXCell {
        if text.isEmpty { return .empty }
        if let date = Day(parsing: text), text.count == 10, text.contains("-") {
            return .date(year: date.year, month: date.month, day: date.day)
        }
        if text.hasSuffix("%"), let value = Double(text.dropLast()), isPlainNumber(String(text.dropLast())) {
            return .number(ExcelNumber.plain(String(format: "%.15g", value / 100)))
        }
        if isPlainNumber(text) { return .number(text) }
        return .text(text)
    }

    /// `-?digits(.digits)?` without a leading zero (so ids such as 007 stay text).
    static func isPlainNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return !(parts[0].count > 1 && parts[0].hasPrefix("0"))
    }

    /// A workbook zipped from raw parts around one sheet part.
    static func rawWorkbook(
        sheetXML: String, sharedStrings: String? = nil, styles: String? = nil,
        workbookXML: String? = nil, extraParts: [(String, String)] = []
    ) throws -> Data {
        let workbook =
            workbookXML ?? """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
        var parts: [(String, String)] = [
            ("xl/workbook.xml", workbook),
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>
                """
            ),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        return try XLSXWriter.zip(parts + extraParts)
    }

    /// Reads a workbook's table; returns the rows as text and the diagnostics.
    static func read(_ data: Data, sheet: String? = nil, limits: WorkbookLimits = .standard) -> (
        rows: [[String]]?, diagnostics: [Diagnostic]
    ) {
        var diagnostics = Diagnostics()
        let table = WorkbookReader.readTable(data, path: "t.xlsx", sheet: sheet, limits: limits, diagnostics: &diagnostics)
        let rows = table.map { t in
            [t.rawHeader] + (0..<t.rowCount).map { r in (0..<t.header.count).map { t.string(r, $0) } }
        }
        return (rows, diagnostics.all)
    }
}
