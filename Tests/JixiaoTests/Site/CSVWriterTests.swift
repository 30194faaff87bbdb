import Testing
@testable import JixiaoSite

/// CSV downloads never carry a live spreadsheet formula, and numbers stay numbers.
@Suite("CSV writer")
struct CSVWriterTests {
    @Test(
        "cells starting with = + - @ tab or CR get a leading quote mark",
        arguments: [
            ("=1+2", "'=1+2"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
            ("-", "'-"), ("-1e3", "'-1e3"), ("-inf", "'-inf"), ("-12.5%", "'-12.5%"), ("-12.", "'-12."), ("--12", "'--12"),
        ])
    func neutralised(_ cell: String, _ expected: String) {
        #expect(CSVWriter.field(cell) == expected)
    }

    @Test("also after leading spaces", arguments: [("  =1+2", "'  =1+2"), (" @x", "' @x"), (" -x", "' -x"), ("   \tx", "'   \tx")])
    func afterSpaces(_ cell: String, _ expected: String) {
        #expect(CSVWriter.field(cell) == expected)
    }

    @Test(
        "plain negative numbers and ordinary text are left alone",
        arguments: [
            "-12.50", "-12", "-0.5", " -3.25", "12.50", "钟浩宇", "a=b", "E0304", "", "   ",
        ])
    func leftAlone(_ cell: String) {
        #expect(CSVWriter.field(cell) == cell)
    }

    @Test("a whole file: BOM, CRLF, quoting and neutralising together")
    func wholeFile() {
        let text = CSVWriter.csv(header: ["name", "amount"], rows: [["=cmd|' /C calc'!A0", "-12.50"], ["a,b", "-1,234.50"]])
        #expect(text == "\u{FEFF}name,amount\r\n'=cmd|' /C calc'!A0,-12.50\r\n\"a,b\",\"'-1,234.50\"\r\n")
    }
}
