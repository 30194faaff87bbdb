import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// `jixiao close`: the example company's October closed in memory, then data changed.
@Suite("Closed months")
struct ClosedMonthTests {
    static let october = Month(parsing: "2026-10")!
    static let day = Day(parsing: "2026-11-30")!

    /// The example content without its own closed months and adjustments.
    static func openExample() throws -> MemoryFileSystem {
        var fs = try ExamplePayTimingTests.exampleFiles()
        for path in fs.files.keys where path.hasPrefix("closed/") || path == "adjustments.csv" { fs.files[path] = nil }
        return fs
    }

    /// `fs` with `month` closed on ``day``.
    static func closing(_ fs: MemoryFileSystem, _ month: Month = october) throws -> (MemoryFileSystem, ClosedMonth) {
        let record = try ClosedMonth.close(fileSystem: fs, month: month, on: day, note: "test").get()
        var copy = fs
        copy.files[record.file] = Data(record.text.utf8)
        return (copy, record)
    }

    /// `fs` with one cell of a CSV row replaced (the row starting with `id`, the column named `column`).
    static func changing(_ fs: MemoryFileSystem, _ path: String, _ id: String, _ column: String, to value: String) throws
        -> MemoryFileSystem
    {
        let text = String(decoding: try #require(fs.files[path]), as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: ",")
        let c = try #require(header.firstIndex(of: column))
        let r = try #require(lines.firstIndex { $0.hasPrefix(id + ",") })
        var cells = lines[r].components(separatedBy: ",")
        cells[c] = value
        lines[r] = cells.joined(separator: ",")
        var copy = fs
        copy.files[path] = Data(lines.joined(separator: "\n").utf8)
        return copy
    }

    static func errors(_ fs: MemoryFileSystem) -> [Diagnostic] {
        Checker.check(fileSystem: fs).diagnostics.filter { $0.severity == .error }
    }

    static func figure(_ record: ClosedMonth, _ path: String...) -> ClosedFigure? {
        record.figures.first { $0.path == path }
    }

    @Test("closing records each person's and department's figures, one per line, as the results JSON writes them")
    func recordContents() throws {
        let (_, record) = try Self.closing(try Self.openExample())
        // E0102 吴婷婷, October: base results from `jixiao results` (cs-pay).
        #expect(Self.figure(record, "people", "E0102", "name")?.value == "吴婷婷")
        #expect(Self.figure(record, "people", "E0102", "assessment")?.value == "assessed")
        #expect(Self.figure(record, "totals", "cs", "head_count") != nil)
        let lines = record.text.split(separator: "\n")
        #expect(lines[1] == "  \"closed_on\": \"2026-11-30\",")
        #expect(lines.contains("  \"month\": \"2026-10\","))
        // Every figure sits on its own line, at the line the parser reports.
        let parsed = try ClosedMonth.parse(record.text, file: record.file).get()
        #expect(parsed == ClosedMonth(month: record.month, closedOn: record.closedOn, note: "test", figures: parsed.figures))
        #expect(parsed.figures.map(\.path) == record.figures.map(\.path))
        #expect(parsed.figures.map(\.value) == record.figures.map(\.value))
        for f in parsed.figures { #expect(lines[f.line! - 1].contains(JSONWriter.quote(f.value))) }
        let peopleInOctober = Set(record.figures.filter { $0.path[0] == "people" }.map { $0.path[1] })
        #expect(peopleInOctober.count == 75)
    }

    @Test("closed, the unchanged content passes check; a changed October KPI cell fails naming person, item, old and new")
    func changeInClosedMonth() throws {
        let (closed, record) = try Self.closing(try Self.openExample())
        #expect(Self.errors(closed).isEmpty)
        // E0102's October quality_score 92.3 → 60.
        let changed = try Self.changing(closed, "data/2026-10/cs.csv", "E0102", "quality_score", to: "60")
        let errors = Self.errors(changed)
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.location.file == "closed/2026-10.json" })
        #expect(errors.first?.location.line == 1)
        #expect(errors.first?.message.hasPrefix("2026-10 was closed on 2026-11-30, but the content now changes") == true)
        let person = try #require(errors.first { $0.message.contains("吴婷婷 (E0102)") })
        let quality = try #require(Self.figure(record, "people", "E0102", "items", "quality"))
        #expect(person.message.contains("items.quality \(quality.value) → "))
        #expect(person.location.line == quality.line ?? Self.lineOf(record, ["people", "E0102", "items", "quality"]))
        let oldScore = try #require(Self.figure(record, "people", "E0102", "score")).value
        #expect(person.message.contains("score \(oldScore) → "))
        // Root cause first: the item before the score.
        let message = person.message
        #expect(message.range(of: "items.quality")!.lowerBound < message.range(of: "score ")!.lowerBound)
        #expect(person.fix?.contains("jixiao close CONTENT --reopen 2026-10") == true)
    }

    static func lineOf(_ record: ClosedMonth, _ path: [String]) -> Int? {
        try? ClosedMonth.parse(record.text, file: record.file).get().figures.first { $0.path == path }?.line
    }

    @Test("reopened, the same change passes; the record is kept and marked")
    func reopenedPasses() throws {
        let (closed, record) = try Self.closing(try Self.openExample())
        var reopened = try Self.changing(closed, "data/2026-10/cs.csv", "E0102", "quality_score", to: "60")
        let marked = try record.reopened(on: Day(parsing: "2026-12-01")!)
        reopened.files[record.file] = Data(marked.text.utf8)
        #expect(Self.errors(reopened).isEmpty)
        #expect(marked.text.contains("\n  \"reopened_on\": \"2026-12-01\",\n"))
        #expect(throws: DiagnosticError.self) { try marked.reopened(on: Self.day) }
    }

    @Test("a change that alters only November passes")
    func novemberOnly() throws {
        let (closed, _) = try Self.closing(try Self.openExample())
        let changed = try Self.changing(closed, "data/2026-11/cs.csv", "E0102", "quality_score", to: "60")
        #expect(Self.errors(changed).isEmpty)
    }

    @Test("closing again is refused; after reopening, the record is byte-identical")
    func recloseIsByteIdentical() throws {
        let (closed, record) = try Self.closing(try Self.openExample())
        let again = ClosedMonth.close(fileSystem: closed, month: Self.october, on: Self.day, note: "test")
        guard case .failure(let error) = again else { Issue.record("closing twice was accepted"); return }
        #expect(error.diagnostics.first?.message == "2026-10 was already closed on 2026-11-30")
        var reopened = closed
        reopened.files[record.file] = Data(try record.reopened(on: Self.day).text.utf8)
        let (_, second) = try Self.closing(reopened)
        #expect(Data(second.text.utf8) == Data(record.text.utf8))
    }

    @Test("a month with a person's data missing cannot be closed")
    func incompleteRefused() throws {
        var fs = try Self.openExample()
        let path = "data/2026-10/cs.csv"
        let text = String(decoding: try #require(fs.files[path]), as: UTF8.self)
        fs.files[path] = Data(text.components(separatedBy: "\n").filter { !$0.hasPrefix("E0102,") }.joined(separator: "\n").utf8)
        let outcome = ClosedMonth.close(fileSystem: fs, month: Self.october, on: Self.day, note: "")
        guard case .failure(let error) = outcome else { Issue.record("an incomplete month was closed"); return }
        #expect(error.diagnostics.contains { $0.message.contains("吴婷婷 (E0102)") })
    }

    @Test("--month: a check as of September ignores closed October; as of October it is enforced")
    func cutOffConsistency() throws {
        let (closed, _) = try Self.closing(try Self.openExample())
        let changed = try Self.changing(closed, "data/2026-10/cs.csv", "E0102", "quality_score", to: "60")
        let september = Checker.check(fileSystem: changed, month: Month(parsing: "2026-09")!)
        #expect(!september.hasErrors)
        let october = Checker.check(fileSystem: changed, month: Self.october)
        #expect(october.diagnostics.contains { $0.message.contains("吴婷婷 (E0102)") })
        #expect(!Checker.check(fileSystem: closed, month: Self.october).hasErrors)
    }

    @Test("a malformed record is an error at its line")
    func malformedRecord() throws {
        let (closed, record) = try Self.closing(try Self.openExample())
        var broken = closed
        broken.files[record.file] = Data(record.text.replacingOccurrences(of: "\"head_count\": \"", with: "\"head_count\": ").utf8)
        let errors = Self.errors(broken)
        #expect(errors.first?.location.file == "closed/2026-10.json")
        #expect(errors.first?.message.hasPrefix("this line is not part of a closed-month record") == true)
    }
}
