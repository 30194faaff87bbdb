/// The fixed parts of a written workbook and the helpers the sheet parts use.
enum XLSXParts {
    /// Style index of the bold header cells.
    static let headerStyle = 6

    /// Style index (in `styles`) of a column format.
    static func style(of format: XLSXColumn.Format) -> Int {
        switch format {
        case .general: return 0
        case .integer: return 1
        case .money: return 2
        case .percent: return 3
        case .date: return 4
        case .text: return 5
        }
    }

    /// `xl/styles.xml`: General, 0, 0.00, 0.00%, yyyy-mm-dd, @, and a bold header.
    static let styles = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """#

    /// `[Content_Types].xml`.
    static func contentTypes(sheetCount: Int, sharedStrings: Bool) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml +=
            #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for i in 1...max(sheetCount, 1) {
            xml +=
                #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        if sharedStrings {
            xml +=
                #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        }
        return xml + "</Types>"
    }

    /// `_rels/.rels`.
    static let packageRelationships =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    /// `xl/workbook.xml`.
    static func workbook(_ sheets: [XLSXSheet], date1904: Bool) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml +=
            #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += date1904 ? #"<workbookPr date1904="1"/>"# : "<workbookPr/>"
        xml += "<sheets>"
        for (i, sheet) in sheets.enumerated() {
            let state = sheet.hidden ? #" state="hidden""# : ""
            xml += #"<sheet name="\#(escape(sheet.safeName))" sheetId="\#(i + 1)"\#(state) r:id="rId\#(i + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`.
    static func workbookRelationships(sheetCount: Int, sharedStrings: Bool) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<sheetCount {
            xml +=
                #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        xml +=
            #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        if sharedStrings {
            xml +=
                #"<Relationship Id="rId\#(sheetCount + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        }
        return xml + "</Relationships>"
    }

    /// Column widths (in characters) that fit the header and the longest shown value;
    /// CJK characters count twice. Between 6 and 60.
    static func columnWidths(_ sheet: XLSXSheet, date1904: Bool) -> [Int] {
        var widths = sheet.columns.map { displayWidth($0.header) + 2 }
        for row in sheet.rows {
            for (c, cell) in row.enumerated() where c < widths.count {
                widths[c] = max(widths[c], shownWidth(cell, format: sheet.columns[c].format) + 2)
            }
        }
        return widths.map { min(max($0, 6), 60) }
    }

    private static func shownWidth(_ cell: XLSXCell, format: XLSXColumn.Format) -> Int {
        switch cell {
        case .empty: return 0
        case .text(let text): return displayWidth(text)
        case .date: return 10
        case .bool: return 5
        case .number(let value), .formula(_, let value):
            switch format {
            case .money: return value.count + 3
            case .percent: return value.count + 2
            case .date: return 10
            default: return value.count
            }
        }
    }

    /// Width of text in character cells: wide (CJK) characters count as two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    /// Text escaped for XML; control characters XML cannot hold become Excel's `_x000B_` form.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape (0xEF starts U+FFFE and U+FFFF, and any other U+Fxxx).
        let special = text.utf8.contains { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }
        if !special { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
