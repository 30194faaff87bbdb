import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoExcel

/// Reading cells of every kind HR workbooks hold into the table a CSV file would give.
@Suite("Excel workbooks: reading cells")
struct WorkbookReadingTests {
    @Test("written workbook reads back: shared strings, numbers, dates, percentages, ids with zeros")
    func roundTrip() throws {
        let csv = "id,name,hire_date,score,rate,active\n007,王芳,2026-03-01,95.5,98%,\nE002,\"Li, \"\"Q\"\"\",2024-02-29,-3,12.5%,x\n"
        let data = try WorkbookTestSupport.workbook(csv: csv, sheet: "员工")
        let (rows, diagnostics) = WorkbookTestSupport.read(data)
        #expect(diagnostics.isEmpty)
        #expect(
            rows == [
                ["id", "name", "hire_date", "score", "rate", "active"],
                ["007", "王芳", "2026-03-01", "95.5", "0.98", ""],
                ["E002", "Li, \"Q\"", "2024-02-29", "-3", "0.125", "x"],
            ])
    }

    @Test("inline strings, rich text runs, booleans, errors, formula results, 1904 dates, custom formats, prefixes")
    func rawCells() throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c r="C2" t="s"><x:v>0</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>day</x:t></x:is></x:c><x:c r="E2" t="inlineStr"><x:is><x:t>month</x:t></x:is></x:c><x:c r="F2" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c><x:c r="G2" t="inlineStr"><x:is><x:t>pct</x:t></x:is></x:c></x:row>
            <x:row r="3"><x:c r="B3" s="3"><x:v>42</x:v></x:c><x:c r="C3" t="s"><x:v>1</x:v></x:c><x:c r="D3" s="1"><x:v>0</x:v></x:c><x:c r="E3" s="2"><x:v>44000.75</x:v></x:c><x:c r="F3" t="b"><x:v>1</x:v></x:c><x:c r="G3" s="4"><x:f>A1/B1</x:f><x:v>0.30000000000000004</x:v></x:c></x:row>
            <x:row r="4"><x:c r="B4" t="str"><x:f>"E"&amp;"9"</x:f><x:v>E9</x:v></x:c><x:c r="C4" t="inlineStr"><x:is><x:r><x:t>A&amp;</x:t></x:r><x:r><x:t xml:space="preserve"> B</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:is></x:c><x:c r="D4" t="e"><x:v>#N/A</x:v></x:c><x:c r="E4"><x:v>1.5E-3</x:v></x:c><x:c r="F4" t="b"><x:v>0</x:v></x:c></x:row>
            <x:row r="9"><x:c r="H9" s="1"/></x:row>
            </x:sheetData></x:worksheet>
            """
        let shared =
            #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Name</t></si><si><r><t>张</t></r><r><t>三_x0041_</t></r></si></sst>"#
        let styles =
            #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="166" formatCode="00000"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="17"/><xf numFmtId="166"/><xf numFmtId="9"/></cellXfs></styleSheet>"#
        let workbook =
            #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let data = try WorkbookTestSupport.rawWorkbook(sheetXML: sheet, sharedStrings: shared, styles: styles, workbookXML: workbook)
        let (rows, diagnostics) = WorkbookTestSupport.read(data)
        #expect(diagnostics.isEmpty)
        // 1904 system: serial 0 is 1904-01-01; 44000.75 is 2024-06-19 (month format: no day).
        #expect(
            rows == [
                ["id", "Name", "day", "month", "ok", "pct"],
                ["00042", "张三A", "1904-01-01", "2024-06", "TRUE", "0.3"],
                ["E9", "A& B", "#N/A", "0.0015", "FALSE", ""],
            ])
    }

    @Test("1900 date system: serials around the phantom 1900-02-29 and modern dates")
    func dates1900() {
        #expect(ExcelDate.civil(serial: 1, date1904: false)! == (1900, 1, 1))
        #expect(ExcelDate.civil(serial: 59, date1904: false)! == (1900, 2, 28))
        #expect(ExcelDate.civil(serial: 61, date1904: false)! == (1900, 3, 1))
        #expect(ExcelDate.civil(serial: 46082, date1904: false)! == (2026, 3, 1))
        #expect(ExcelDate.serial(year: 2026, month: 3, day: 1) == 46082)
        #expect(ExcelDate.serial(year: 2026, month: 3, day: 1, date1904: true) == 46082 - 1462)
        #expect(ExcelDate.civil(serial: 46082 - 1462, date1904: true)! == (2026, 3, 1))
        #expect(NumberFormatKind.kind(of: "yyyy/m/d h:mm") == .date(withDay: true))
        #expect(NumberFormatKind.kind(of: "0.0%") == .percent)
        #expect(NumberFormatKind(id: 31, code: nil) == .date(withDay: true))
        #expect(NumberFormatKind(id: 57, code: nil) == .date(withDay: false))
        #expect(NumberFormatKind(id: 32, code: nil) == .general)
        #expect(NumberFormatKind(id: 170, code: "General") == .general)
        #expect(NumberFormatKind.kind(of: "#,##0.00;[Red]-#,##0.00") == .general)
        #expect(ExcelNumber.text("1.2345678901234567E+20") == "123456789012346000000")
        #expect(ExcelNumber.text("-0.1") == "-0.1")
    }

    @Test("the first visible sheet is read; hidden sheets are skipped; a sheet can be named")
    func sheetChoice() throws {
        let hidden = XLSXSheet(name: "隐藏", columns: [XLSXColumn("id")], rows: [[.text("H1")]], hidden: true)
        let first = XLSXSheet(name: "员工", columns: [XLSXColumn("id")], rows: [[.text("E1")]])
        let second = XLSXSheet(name: "Other Sheet", columns: [XLSXColumn("id")], rows: [[.text("E2")]])
        let data = try XLSXWriter(sharedStrings: false).write([hidden, first, second])
        #expect(WorkbookTestSupport.read(data).rows == [["id"], ["E1"]])
        #expect(WorkbookTestSupport.read(data, sheet: "other sheet").rows == [["id"], ["E2"]])
        #expect(WorkbookTestSupport.read(data, sheet: "隐藏").rows == [["id"], ["H1"]])
        let missing = WorkbookTestSupport.read(data, sheet: "薪资")
        #expect(missing.rows == nil)
        #expect(
            missing.diagnostics.map(\.description) == [
                "t.xlsx: error: the workbook has no sheet named \"薪资\" (sheets: 隐藏, 员工, Other Sheet) — fix: rename the sheet, or correct the sheet name under sheets: in site.yaml"
            ])
    }

    @Test("empty trailing rows and columns, and leading blank rows and columns, are ignored")
    func trailingEmpties() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="3"><c r="C3" t="inlineStr"><is><t>id</t></is></c><c r="D3" t="inlineStr"><is><t>sales</t></is></c><c r="E3" s="0"/></row>
            <row r="4"><c r="C4" t="inlineStr"><is><t>E1</t></is></c><c r="D4"><v>100</v></c><c r="F4"><v></v></c></row>
            <row r="5"/><row r="6"><c r="Z6" s="1"/></row><row r="1000"/>
            </sheetData><mergeCells count="1"><mergeCell ref="H20:I20"/></mergeCells></worksheet>
            """
        let (rows, diagnostics) = WorkbookTestSupport.read(try WorkbookTestSupport.rawWorkbook(sheetXML: sheet))
        #expect(rows == [["id", "sales"], ["E1", "100"]])
        #expect(
            diagnostics.map(\.description) == [
                "t.xlsx:数据!H20: warning: cells H20:I20 are merged: only H20 holds a value, the others are read as empty — fix: unmerge the cells and fill in each one"
            ])
    }

    @Test("merged header cells are refused at the cell")
    func mergedHeader() throws {
        let sheet = XLSXSheet(
            name: "员工", columns: [XLSXColumn("id"), XLSXColumn("")], rows: [[.text("E1"), .text("x")]], merges: ["A1:B1"])
        let (rows, diagnostics) = WorkbookTestSupport.read(try XLSXWriter().write([sheet]))
        #expect(rows == nil)
        #expect(
            diagnostics.map(\.description) == [
                "t.xlsx:员工!A1: error: the header has merged cells (A1:B1): each column needs its own name in its own cell — fix: select the merged cells, choose Unmerge Cells, and give each column a name"
            ])
    }
}

/// A workbook written by another program (openpyxl 3.1: absolute relationship targets,
/// dates as serials under a custom format, a hidden first sheet).
@Suite("Excel workbooks: files from other programs")
struct WorkbookInteropTests {
    @Test("openpyxl workbook reads as its table")
    func openpyxl() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/xlsx/openpyxl-employees.xlsx")
        let (rows, diagnostics) = WorkbookTestSupport.read(try Data(contentsOf: url))
        #expect(diagnostics.isEmpty)
        #expect(
            rows == [
                ["id", "name", "hire_date", "rate", "salary", "note"],
                ["007", "王芳", "2026-03-01", "0.985", "12500.5", "a, \"b\""],
                ["E002", "李强", "2024-02-29", "0.1", "9000", ""],
            ])
    }
}
