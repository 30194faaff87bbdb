import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore
@testable import JixiaoExcel

/// The workbook writer: formats, frozen header, widths, escaping, determinism.
@Suite("Excel workbooks: writing")
struct XLSXWriterTests {
    let sheet = XLSXSheet(
        name: "工资/11月",
        columns: [
            XLSXColumn("工号", format: .text), XLSXColumn("入职日期", format: .date), XLSXColumn("合计", format: .money),
            XLSXColumn("达成率", format: .percent), XLSXColumn("在职"), XLSXColumn("备注"),
        ],
        rows: [
            [
                .text("00042"), .date(year: 2026, month: 3, day: 1), .number("12500.5"), .number("0.985"), .bool(true),
                .text("A & B <c> \"d\"\u{1}"),
            ],
            [.text("E2"), .empty, .formula("SUM(C2:C2)", cached: "12500.5")],
        ])

    /// The text of one part of a written workbook.
    func part(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("number formats per column, frozen bold header, fitted widths, escaped text")
    func parts() throws {
        let data = try XLSXWriter().write([sheet])
        let xml = try part(data, "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<c r="A1" s="6" t="s">"#))
        #expect(xml.contains(#"<c r="B2" s="4"><v>46082</v></c>"#))
        #expect(xml.contains(#"<c r="C2" s="2"><v>12500.5</v></c>"#))
        #expect(xml.contains(#"<c r="D2" s="3"><v>0.985</v></c>"#))
        #expect(xml.contains(#"<c r="E2" s="0" t="b"><v>1</v></c>"#))
        #expect(xml.contains(#"<c r="C3" s="2"><f>SUM(C2:C2)</f><v>12500.5</v></c>"#))
        // 备注: 4 wide characters; the note: 14 characters → 16 with the margin.
        #expect(xml.contains(#"<cols><col min="1" max="1" width="7" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/>"#))
        #expect(xml.contains(#"<col min="6" max="6" width="16" customWidth="1"/>"#))
        let strings = try part(data, "xl/sharedStrings.xml")
        #expect(strings.contains("<t xml:space=\"preserve\">A &amp; B &lt;c&gt; &quot;d&quot;_x0001_</t>"))
        let styles = try part(data, "xl/styles.xml")
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/>"#))
        #expect(styles.contains(#"<xf numFmtId="2" "#) && styles.contains(#"<xf numFmtId="10" "#))
        #expect(try part(data, "xl/workbook.xml").contains(#"<sheet name="工资_11月" sheetId="1" r:id="rId1"/>"#))
    }

    @Test("the same sheets give the same bytes, and read back to the same text")
    func deterministicRoundTrip() throws {
        let a = try XLSXWriter().write([sheet]), b = try XLSXWriter().write([sheet])
        #expect(a == b)
        for writer in [XLSXWriter(), XLSXWriter(date1904: true, sharedStrings: false)] {
            let (rows, diagnostics) = WorkbookTestSupport.read(try writer.write([sheet]))
            #expect(diagnostics.isEmpty)
            #expect(
                rows == [
                    ["工号", "入职日期", "合计", "达成率", "在职", "备注"],
                    ["00042", "2026-03-01", "12500.5", "0.985", "TRUE", "A & B <c> \"d\"\u{1}"],
                    ["E2", "", "12500.5", "", "", ""],
                ])
        }
    }

    @Test("numbers are written digit by digit as String(value) writes them")
    func decimals() {
        for value in [0, 7, 9, 10, 99, 100, 1_048_576, 46_082, Int.max, -3, Int.min] {
            var bytes: [UInt8] = [0x3C]
            XLSXWriter.appendDecimal(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "<" + String(value))
        }
    }
}
