import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// `jixiao close` end to end on a copy of the example company.
@Suite("CLI: close")
struct CLICloseTests {
    static let record = "closed/2026-10.json"

    /// A scratch copy of the example content.
    static func copy() throws -> String {
        let scratch = try CLIRunner.scratch("close")
        try FileManager.default.copyItem(atPath: ExampleCompanyTests.contentRoot, toPath: scratch + "/content")
        return scratch
    }

    @Test("the example's record is what the tool writes: reopen, close again with its date and note, byte-identical")
    func exampleRecordIsReproducible() throws {
        let scratch = try Self.copy()
        defer { TestFiles.remove(scratch) }
        let content = scratch + "/content"
        let committed = try Data(contentsOf: URL(fileURLWithPath: content + "/" + Self.record))
        let parsed = try ClosedMonth.parse(String(decoding: committed, as: UTF8.self), file: Self.record).get()
        let twice = try CLIRunner.run(["close", content, "--month", "2026-10"])
        #expect(twice.status == 1)
        #expect(twice.errors.contains("closed/2026-10.json:1:1: error: 2026-10 was already closed on \(parsed.closedOn)"))
        let reopen = try CLIRunner.run(["close", content, "--reopen", "2026-10", "--on", "2026-12-01"])
        #expect(reopen.status == 0)
        let marked = try String(contentsOfFile: content + "/" + Self.record, encoding: .utf8)
        #expect(marked.contains("\"reopened_on\": \"2026-12-01\""))
        let close = try CLIRunner.run(
            ["close", content, "--month", "2026-10", "--on", parsed.closedOn.description, "--note", parsed.note])
        #expect(close.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: content + "/" + Self.record)) == committed)
    }

    @Test("check, results and build exit 1 on a change to closed October; November-only changes pass")
    func enforced() throws {
        let scratch = try Self.copy()
        defer { TestFiles.remove(scratch) }
        let content = scratch + "/content"
        let cs = content + "/data/2026-10/cs.csv"
        let original = try String(contentsOfFile: cs, encoding: .utf8)
        // E0102's October quality_score 92.3 → 60.
        let changed = original.replacingOccurrences(
            of: "E0102,20180.22,24200,91.5,98.3%,92.3,", with: "E0102,20180.22,24200,91.5,98.3%,60,")
        #expect(changed != original)
        try changed.write(toFile: cs, atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(["check", content])
        #expect(check.status == 1)
        #expect(
            check.text.contains(
                "closed/2026-10.json:93:1: error: closed month 2026-10, 吴婷婷 (E0102): items.quality 21.15 → 5; score 86.491802 → "))
        #expect(try CLIRunner.run(["results", content]).status == 1)
        let build = try CLIRunner.run(["build", content, "-o", scratch + "/site", "--quiet"])
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch + "/site"))
        try original.write(toFile: cs, atomically: true, encoding: .utf8)
        let november = content + "/data/2026-11/cs.csv"
        let text = try String(contentsOfFile: november, encoding: .utf8)
        try text.replacingOccurrences(of: "E0102,32012.04,", with: "E0102,30000.00,").write(
            toFile: november, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["check", content]).status == 0)
    }
}
