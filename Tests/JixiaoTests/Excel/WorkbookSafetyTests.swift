import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoExcel

/// Broken and hostile workbooks give one clear diagnostic, never a crash or a hang.
@Suite("Excel workbooks: bad and hostile files")
struct WorkbookSafetyTests {
    let header = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#

    func messages(_ data: Data, limits: WorkbookLimits = .standard) -> [String] {
        let (rows, diagnostics) = WorkbookTestSupport.read(data, limits: limits)
        #expect(rows == nil)
        return diagnostics.map(\.description)
    }

    @Test("a truncated workbook and a file that is not a zip")
    func truncated() throws {
        let data = try WorkbookTestSupport.workbook(csv: "id,name\nE1,王芳\n")
        for broken in [data.prefix(data.count / 2), data.prefix(10), Data("id,name\nE1,x\n".utf8)] {
            #expect(
                messages(Data(broken)) == [
                    "t.xlsx: error: the workbook is damaged or is not an .xlsx file (it cannot be read as a zip archive) — fix: open it in Excel and save it again as \"Excel Workbook (*.xlsx)\", or save the sheet as CSV UTF-8"
                ])
        }
    }

    @Test("a part that expands too much (zip bomb) is refused before it is unpacked whole")
    func zipBomb() throws {
        let filler = String(repeating: "<row/>", count: 400_000)
        let data = try WorkbookTestSupport.rawWorkbook(sheetXML: header + filler + "</sheetData></worksheet>")
        let found = messages(data)
        #expect(found.count == 1)
        #expect(found.first?.contains("the workbook part xl/worksheets/sheet1.xml expands") == true)
        #expect(found.first?.contains("this looks like a zip bomb") == true)
        let small = WorkbookLimits(maxPartBytes: 100_000)
        let tooLarge = messages(
            try WorkbookTestSupport.rawWorkbook(sheetXML: header + String(repeating: "<row/>", count: 20_000) + "</sheetData></worksheet>"),
            limits: small)
        #expect(tooLarge.first?.contains("is larger than 100000 bytes unpacked") == true)
    }

    @Test("document type declarations (entity expansion) are refused")
    func entityExpansion() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>
            """
        let data = try WorkbookTestSupport.rawWorkbook(
            sheetXML: header + #"<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#, sharedStrings: laughs)
        #expect(
            messages(data) == [
                "t.xlsx: error: the workbook part xl/sharedStrings.xml declares a document type (<!DOCTYPE>), which Excel never writes; it is refused because entity declarations can blow up when expanded — fix: open the file in Excel and save it again as \"Excel Workbook (*.xlsx)\""
            ])
    }

    @Test("a value in row 1,048,576 is refused with the row limit, at the cell")
    func tooManyRows() throws {
        let sheet =
            header
            + #"<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="1048576"><c r="B1048576"><v>1</v></c></row></sheetData></worksheet>"#
        #expect(
            messages(try WorkbookTestSupport.rawWorkbook(sheetXML: sheet)) == [
                "t.xlsx:数据!B1048576: error: the sheet has values in row 1048576, more than the 200000 rows a table may have — fix: delete the rows below the table (select them, right-click, Delete), or split the table into smaller workbooks"
            ])
    }

    @Test("malformed XML, a missing sheet part and a bad shared-string index")
    func malformed() throws {
        let open = messages(try WorkbookTestSupport.rawWorkbook(sheetXML: header + #"<row r="1"><c r="A1" t="inlineStr"#))
        #expect(open.first?.contains("is not well-formed XML") == true)
        let badIndex = messages(
            try WorkbookTestSupport.rawWorkbook(
                sheetXML: header + #"<row r="2"><c r="C2" t="s"><v>7</v></c></row></sheetData></worksheet>"#,
                sharedStrings: "<sst><si><t>a</t></si></sst>"))
        #expect(
            badIndex == [
                "t.xlsx:数据!C2: error: the cell refers to shared string 7, but the workbook has only 1 — fix: open the file in Excel and save it again"
            ])
        let noWorkbook = messages(try XLSXWriter.zip([("hello.txt", "hi")]))
        #expect(noWorkbook.first?.contains("has no xl/workbook.xml") == true)
        let badWorkbook = messages(
            try WorkbookTestSupport.rawWorkbook(
                sheetXML: header + "</sheetData></worksheet>", workbookXML: "<workbook><sheets><sheet/></sheets></workbook>"))
        #expect(badWorkbook.first?.contains("xl/workbook.xml cannot be read") == true)
    }

    @Test("a flipped byte anywhere, or a cut anywhere, gives a table or diagnostics: never a crash or a hang")
    func damagedBytes() throws {
        let csv = "id,name,hire_date,score\n007,王芳,2026-03-01,95.5\nE002,李强,2024-02-29,-3\n"
        let data = try WorkbookTestSupport.workbook(csv: csv)
        var readable = 0, refused = 0
        for position in 0..<data.count {
            var damaged = data
            damaged[position] ^= 0x5A
            let (rows, diagnostics) = WorkbookTestSupport.read(damaged)
            if rows != nil { readable += 1 } else { refused += 1 }
            #expect(rows != nil || diagnostics.contains { $0.severity == .error })
        }
        #expect(refused > 0)
        for length in stride(from: 0, to: data.count, by: 5) {
            let (rows, diagnostics) = WorkbookTestSupport.read(data.prefix(length))
            #expect(rows == nil && diagnostics.count == 1)
        }
    }

    @Test("an empty sheet is reported like an empty CSV file")
    func emptySheet() throws {
        let (rows, diagnostics) = WorkbookTestSupport.read(
            try WorkbookTestSupport.rawWorkbook(sheetXML: header + "</sheetData></worksheet>"))
        #expect(rows == nil)
        #expect(
            diagnostics.map(\.description) == [
                "t.xlsx:数据: error: the file is empty: a header row is needed — fix: write the column names on the first line"
            ])
    }
}
