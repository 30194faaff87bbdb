import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// When pay items start and who gets them, in the example company's own policies
/// (warehouse-pay.md, pay-general.md). Every expectation is worked by hand from the
/// employee rows and the policy text.
@Suite("Example company: seniority start and year-end eligibility")
struct ExamplePayTimingTests {
    static let contentRoot = ExampleCompanyTests.contentRoot

    /// The example content as an in-memory tree, so a test can change one file.
    static func exampleFiles() throws -> MemoryFileSystem {
        let root = URL(fileURLWithPath: contentRoot)
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files[relative] = try Data(contentsOf: url)
        }
        return MemoryFileSystem(data: files)
    }

    static func evaluate(_ fileSystem: MemoryFileSystem) throws -> (Content, Results) {
        let content = try ContentLoader(fileSystem: fileSystem).loadOrThrow()
        return (content, try RulesEngine(content: content).evaluate())
    }

    static func pay(_ loaded: (Content, Results), _ id: String, _ month: String, _ item: String) throws -> DecimalNumber? {
        let (content, results) = loaded
        let e = try #require(content.organisation.employeeIndex[id])
        let m = try #require(Month(parsing: month))
        let r = try #require(results.result(employee: e, month: m))
        return r.pay.first { $0.id == item }?.amount
    }

    @Test("warehouse seniority pay rises the month after each anniversary, not in it")
    func seniorityStartsTheMonthAfter() throws {
        let loaded = try Self.evaluate(Self.exampleFiles())
        // E0219 hired 2025-03-24: the first full year ends on 2026-03-23, so March still
        // pays 0 and April pays 1 × 200.
        #expect(try Self.pay(loaded, "E0219", "2026-03", "seniority") == 0)
        #expect(try Self.pay(loaded, "E0219", "2026-04", "seniority") == 200)
        // E0206 hired 2020-12-07: the fifth year completes in December 2025, so December
        // pays 4 × 200 = 800 and January 2026 pays 5 × 200 = 1,000.
        #expect(try Self.pay(loaded, "E0206", "2025-12", "seniority") == 800)
        #expect(try Self.pay(loaded, "E0206", "2026-01", "seniority") == 1000)
        // E0204 hired 2019-07-22: 6 years → 1,200 through July 2026, 7 years → 1,400 from August.
        #expect(try Self.pay(loaded, "E0204", "2026-07", "seniority") == 1200)
        #expect(try Self.pay(loaded, "E0204", "2026-08", "seniority") == 1400)
    }

    @Test("the general year-end bonus goes to regular staff only, not to someone on trial in December")
    func yearEndNotOnTrial() throws {
        var files = try Self.exampleFiles()
        let regular = try Self.evaluate(files)
        // E0002 (HR, position coefficient 1.0) is regular in December 2025 and gets
        // 5,000 × 1.0 × the average of the year's coefficients (1.0 in 2025-12) = 5,000.
        #expect(try Self.pay(regular, "E0002", "2025-12", "year_end") == 5000)
        // The same person still on trial in December (regular only from 2026-01-01) gets 0.
        let employees = try #require(String(data: files.files["employees.csv"] ?? Data(), encoding: .utf8))
        files.files["employees.csv"] = Data(
            employees.replacingOccurrences(
                of: "E0002,陆晓燕,hr,hr,E0001,2021-06-15,regular,,", with: "E0002,陆晓燕,hr,hr,E0001,2021-06-15,trial,2026-01-01,"
            ).utf8)
        let trial = try Self.evaluate(files)
        #expect(try Self.pay(trial, "E0002", "2025-12", "year_end") == 0)
        #expect(try Self.pay(trial, "E0002", "2025-12", "base") == 6000)
    }
}
