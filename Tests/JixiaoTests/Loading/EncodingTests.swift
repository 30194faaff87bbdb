import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Encodings and number formats")
struct EncodingTests {
    let csv = "employee,name,sales\r\nE001,王芳,\"12,500\"\r\nE003,张伟,¥3,000.50\r\n"

    func table(_ data: Data) -> (CSVTable?, Diagnostics) {
        var diagnostics = Diagnostics()
        let table = CSVParser.parse(data, path: "x.csv", diagnostics: &diagnostics)
        return (table, diagnostics)
    }

    @Test("UTF-8, UTF-8 with BOM and GB18030 read the same")
    func encodings() throws {
        let fixed = csv.replacingOccurrences(of: "¥3,000.50", with: "\"¥3,000.50\"")
        let utf8 = Data(fixed.utf8)
        let bom = Data([0xEF, 0xBB, 0xBF]) + utf8
        let gb = try #require(TextDecoding.gb18030(fixed))
        #expect(gb != utf8)
        for (data, encoding) in [(utf8, TextDecoding.Encoding.utf8), (bom, .utf8BOM), (gb, .gb18030)] {
            let (t, d) = table(data)
            let parsed = try #require(t)
            #expect(d.all.isEmpty)
            #expect(parsed.encoding == encoding)
            #expect(parsed.header == ["employee", "name", "sales"])
            #expect(parsed.string(0, 1) == "王芳")
            #expect(parsed.string(1, 1) == "张伟")
            #expect(parsed.number(0, 2) == .value(DecimalNumber(12500)))
            #expect(parsed.number(1, 2) == .value(DecimalNumber(units: 300050, fractionDigits: 2)))
            #expect(parsed.line(ofRow: 1) == 3)
        }
    }

    @Test("quoted fields with commas, quotes and newlines")
    func quoting() throws {
        let text = "a,b\n\"x, y\",\"他说\"\"好\"\"\"\n\"多\n行\",2\n"
        let (t, d) = table(Data(text.utf8))
        let parsed = try #require(t)
        #expect(d.all.isEmpty)
        #expect(parsed.string(0, 0) == "x, y")
        #expect(parsed.string(0, 1) == "他说\"好\"")
        #expect(parsed.string(1, 0) == "多\n行")
        #expect(parsed.line(ofRow: 1) == 3)
    }

    @Test("stray quote inside an unquoted field")
    func strayQuote() {
        let (_, d) = table(Data("a,b\n1,2\nab\"c,3\n4,5\n".utf8))
        #expect(d.all.map(\.location) == [SourceLocation(file: "x.csv", line: 3, column: 3)])
    }

    @Test("number formats from real exports")
    func numbers() {
        #expect(DecimalNumber(parsing: "12,500") == DecimalNumber(12500))
        #expect(DecimalNumber(parsing: "98%") == DecimalNumber(units: 98, fractionDigits: 2))
        #expect(DecimalNumber(parsing: "5.5%") == DecimalNumber(units: 55, fractionDigits: 3))
        #expect(DecimalNumber(parsing: "¥3,000.50") == DecimalNumber(units: 300050, fractionDigits: 2))
        #expect(DecimalNumber(parsing: "￥3000元") == DecimalNumber(3000))
        #expect(DecimalNumber(parsing: "3000元") == DecimalNumber(3000))
        #expect(DecimalNumber(parsing: "-1.25") == DecimalNumber(units: -125, fractionDigits: 2))
        #expect(DecimalNumber(parsing: "1,2,3") == DecimalNumber(123))
        #expect(DecimalNumber(parsing: "1..2") == nil)
        #expect(DecimalNumber(parsing: "abc") == nil)
        #expect(DecimalNumber(parsing: "") == nil)
    }

    @Test("dates in both formats, impossible ones rejected")
    func dates() {
        #expect(Day(parsing: "2026-03-01") == Day(year: 2026, month: 3, day: 1))
        #expect(Day(parsing: "2026/3/1") == Day(year: 2026, month: 3, day: 1))
        #expect(Day(parsing: "2026-02-30") == nil)
        #expect(Day(parsing: "2024-02-29") != nil)
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day.looksLikeDate("2026-02-30"))
    }

    @Test("decimal arithmetic is exact and rounds half-up")
    func decimals() {
        let a = DecimalNumber(parsing: "0.1")!, b = DecimalNumber(parsing: "0.2")!
        #expect((a + b) == DecimalNumber(parsing: "0.3"))
        #expect(DecimalNumber(parsing: "2.345")!.roundedToCents.plainText == "2.35")
        #expect(DecimalNumber(parsing: "-2.345")!.roundedToCents.plainText == "-2.35")
        #expect(DecimalNumber(parsing: "2.344")!.roundedToCents.plainText == "2.34")
        #expect((DecimalNumber(1) / DecimalNumber(3)).plainText == "0.333333")
        #expect(DecimalNumber(2000).multiplied(by: DecimalNumber(parsing: "0.875")!) == DecimalNumber(1750))
        #expect(DecimalNumber.zero.plainText == "0")
        #expect(DecimalNumber(parsing: "-0.5")!.plainText == "-0.5")
        #expect(DecimalNumber(parsing: "1234.5")!.formatted(places: 2) == "1234.50")
        #expect(DecimalNumber(parsing: "-0.001")!.formatted(places: 2) == "0.00")
        #expect(DecimalNumber(parsing: "120000")!.plainText == "120000")
        #expect(DecimalNumber(parsing: "0.000001")!.plainText == "0.000001")
        #expect(DecimalNumber(parsing: "-12.345678")!.formatted(places: 0) == "-12")
        // Values within 64 bits take a fast path; beyond it, 128-bit arithmetic: both exact.
        #expect(DecimalNumber(raw: Int128(UInt64.max)).plainText == "18446744073709.551615")
        #expect(DecimalNumber(raw: Int128(UInt64.max) + 1).plainText == "18446744073709.551616")
        #expect(DecimalNumber(raw: -(Int128(UInt64.max) + 1)).plainText == "-18446744073709.551616")
        #expect(DecimalNumber(raw: Int128.max).plainText == "170141183460469231731687303715884.105727")
        #expect(DecimalNumber(raw: -1).formatted(places: 2) == "0.00")
        #expect(DecimalNumber(raw: -1).plainText == "-0.000001")
        #expect(DecimalNumber(raw: -1_500_000).formatted(places: 0) == "-2")
        #expect(DecimalNumber(raw: 1_000_000).formatted(places: 3) == "1.000")
    }
}
