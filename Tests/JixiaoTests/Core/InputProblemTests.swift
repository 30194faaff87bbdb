import Foundation
import Testing
@testable import JixiaoCore

/// Issue 12 item 6, the parts in JixiaoCore: UTF-16 recognised by name, dates and months
/// saying which part is wrong, duplicate YAML keys naming both lines, YAML reader errors at
/// line:column, and long fields quoted to 80 characters.
@Suite("Input problems in plain words")
struct InputProblemTests {
    static let header = "employee,sales\nE001,3\n"

    @Test(
        "UTF-16 is recognised by name, with or without a byte-order mark",
        arguments: [
            (BadInputCorpus.utf16(header), "UTF-16 little-endian"),
            (BadInputCorpus.utf16(header, bigEndian: true), "UTF-16 big-endian"),
            (BadInputCorpus.utf16(header, bom: false), "UTF-16 little-endian"),
            (BadInputCorpus.utf16(header, bigEndian: true, bom: false), "UTF-16 big-endian"),
        ])
    func utf16(data: Data, kind: String) throws {
        #expect(TextDecoding.decode(data) == nil)
        let problem = try #require(TextDecoding.problem(data, path: "data/2026-01/cs.csv"))
        #expect(problem.location == SourceLocation(file: "data/2026-01/cs.csv"))
        #expect(problem.message == "the file is \(kind) — Excel's \"Unicode Text\", which jixiao does not read")
        #expect(problem.fix == "in Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\"")
    }

    @Test("UTF-8, UTF-8 with BOM and GB18030 decode and have no problem; other bytes are named as neither")
    func otherEncodings() throws {
        let text = "employee,name\nE001,王芳\n"
        for data in [Data(text.utf8), Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), try #require(TextDecoding.gb18030(text))] {
            #expect(TextDecoding.decode(data)?.text == text)
            #expect(TextDecoding.problem(data, path: "x.csv") == nil)
        }
        // Chinese UTF-8 text has no NUL bytes and is not taken for UTF-16.
        #expect(TextDecoding.decode(Data("王芳李强张伟刘洋陈静".utf8))?.encoding == .utf8)
        let latin1 = Data([0x45, 0x30, 0x2C, 0xE9, 0xFF, 0xFE, 0x2C, 0x0A])
        #expect(TextDecoding.problem(latin1, path: "x.csv")?.message == "the file is neither UTF-8 nor GB18030 text")
    }

    @Test(
        "a date says which part is wrong",
        arguments: [
            ("0001-01-01", "year 1 is outside 1900–2999"),
            ("3000-01-01", "year 3000 is outside 1900–2999"),
            ("2026-13-01", "month 13 does not exist"),
            ("2026-00-10", "month 0 does not exist"),
            ("2026-02-29", "day 29 does not exist in 2026-02, which has 28 days"),
            ("2026/4/31", "day 31 does not exist in 2026-04, which has 30 days"),
            ("2026.1.0", "day 0 does not exist in 2026-01, which has 31 days"),
            ("02026-01-01", "write it as YYYY-MM-DD"),
        ])
    func dayProblem(text: String, problem: String) {
        #expect(Day(parsing: text) == nil)
        #expect(Day.problem(parsing: text) == problem)
    }

    @Test("a real date, or text that is not date-shaped, has no day problem", arguments: ["2024-02-29", "2026/3/1", "abc", "2026-01", ""])
    func noDayProblem(text: String) {
        #expect(Day.problem(parsing: text) == nil)
    }

    @Test("a month says which part is wrong")
    func monthProblem() {
        #expect(Month.problem(parsing: "2026-13") == "month 13 does not exist")
        #expect(Month.problem(parsing: "1899-12") == "year 1899 is outside 1900–2999")
        #expect(Month.problem(parsing: "2026-11") == nil)
        #expect(Month.problem(parsing: "latest") == nil)
    }

    @Test("a duplicate YAML key names both lines, at the second, without the whole file")
    func duplicateKey() throws {
        let text = "title: 一\ncompany: 公司\n" + String(repeating: "# 注释\n", count: 500) + "title: 二\n"
        guard case .failure(let diagnostic) = YAMLParser.parse(text, file: "site.yaml") else {
            Issue.record("a duplicate key was accepted")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "site.yaml", line: 503, column: 1))
        #expect(diagnostic.message == "the key \"title\" appears on line 1 and again on line 503 in the same mapping")
        #expect(diagnostic.description.count < 200)
    }

    @Test("a duplicate key in front matter counts lines from the file's start; one on a single line says so")
    func duplicateKeyOffset() {
        guard case .failure(let nested) = YAMLParser.parse("rules:\n  pay:\n    - {id: a, id: b}\n", file: "policies/p.md", firstLine: 2)
        else {
            Issue.record("a duplicate key was accepted")
            return
        }
        #expect(nested.location == SourceLocation(file: "policies/p.md", line: 4, column: 15))
        #expect(nested.message == "the key \"id\" appears twice on line 4 in the same mapping")
    }

    @Test("a control character in YAML is an error at its line and column, naming it")
    func controlCharacter() {
        guard case .failure(let diagnostic) = YAMLParser.parse("title: 一\ncompany: 公\u{1}司\n", file: "site.yaml") else {
            Issue.record("a control character was accepted")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "site.yaml", line: 2, column: 11))
        #expect(diagnostic.message == "YAML could not be read: control characters are not allowed (U+0001)")
    }

    @Test("fields are quoted to at most 80 characters")
    func quoting() {
        #expect("abc".quotedForMessage() == "\"abc\"")
        let long = String(repeating: "字", count: 300_000)
        #expect(long.quotedForMessage() == "\"\(String(repeating: "字", count: 80))…\" (300000 characters)")
        var diagnostics = Diagnostics()
        let value = YAMLValue(.scalar(long, quoted: false), at: SourceLocation(file: "site.yaml", line: 1, column: 1))
        #expect(value.number("threshold", &diagnostics) == nil)
        #expect(diagnostics.all.first?.message.count ?? 0 < 200)
    }

    @Test("YAML nested too deeply is an error in plain words, not a crash")
    func deepYAML() {
        let flow = "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        guard case .failure(let diagnostic) = YAMLParser.parse(flow, file: "site.yaml") else {
            Issue.record("5,000 nested lists were accepted")
            return
        }
        #expect(diagnostic.location.file == "site.yaml")
        #expect(diagnostic.location.line == 1)
        #expect(diagnostic.message == "YAML syntax error: lists and mappings are nested more than 1,000 levels deep")
    }
}
