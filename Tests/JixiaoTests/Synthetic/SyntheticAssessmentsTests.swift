import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSynthetic

/// `jixiao generate` writes `assessments.csv` in the example's shape when its policies declare
/// an assessment calendar: most stages handed in on time, a few late, very few missing.
@Suite("Synthetic company: assessments")
struct SyntheticAssessmentsTests {
    static let policies: [String: String] = {
        let fs = LocalFileSystem(root: SiteBuildTests.content + "/policies")
        var texts: [String: String] = [:]
        for name in fs.list("") where name.hasSuffix(".md") {
            texts[name] = (try? fs.read(name)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        return texts
    }()

    static func rows(_ csv: String?) -> [[String]] {
        (csv ?? "").split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// 5 employees make 10 people (each of the five divisions gets at least 2: its head and
    /// one team lead), all employed from 2018/2019, all managers but HR's second person (role
    /// `hr`, `is_manager` 0). January to March 2026, so "today" is 2026-03-31: January owes
    /// self and manager (10 each), second (9) and the half-year review (10), February 10, 10
    /// and 9, March's stages are due in April (none yet): 68 at most; this seed draws none of
    /// the rare missing ones.
    @Test("a small company: the stages owed, counted by hand, with their reviewers and dates")
    func countedByHand() throws {
        let company = SyntheticCompany(employees: 5, months: 3, endMonth: Month(parsing: "2026-03")!, seed: 7)
        let files = company.files(policies: Self.policies)
        let rows = Self.rows(files["assessments.csv"])
        #expect(rows.count == 68)
        let byMonthStage = Dictionary(grouping: rows) { "\($0[1]) \($0[2])" }.mapValues(\.count)
        #expect(
            byMonthStage == [
                "2026-01 self": 10, "2026-01 manager": 10, "2026-01 second": 9, "2026-01 half_year": 10,
                "2026-02 self": 10, "2026-02 manager": 10, "2026-02 second": 9,
            ])
        let employees = Self.rows(files["employees.csv"])
        let managerOf = Dictionary(uniqueKeysWithValues: employees.map { ($0[0], $0[4]) })
        for row in rows {
            let month = try #require(Month(parsing: row[1]))
            let submitted = try #require(Day(parsing: row[3]))
            #expect(submitted >= month.firstDay && submitted <= Day(year: 2026, month: 3, day: 31)!)
            switch row[2] {
            case "self": #expect(row[4] == row[0])
            case "second": #expect(row[4] == "")
            default: #expect(row[4] == managerOf[row[0]])
            }
        }
        // Deterministic, and from its own random stream: the other files do not change.
        #expect(company.files(policies: Self.policies) == files)
        var without = company.files()
        #expect(without["assessments.csv"] == nil)
        without.merge(Self.policies.map { ("policies/" + $0.key, $0.value) }) { $1 }
        without["assessments.csv"] = files["assessments.csv"]
        #expect(without == files)
    }

    @Test("a company of 300 × 12 passes the checks, and its stages are on time, late and missing at the example's rates")
    func exampleRates() throws {
        let files = SyntheticCompany(employees: 300, months: 12, endMonth: Month(parsing: "2026-11")!, seed: 42)
            .files(policies: Self.policies)
        let content = try ContentLoader(fileSystem: MemoryFileSystem(data: files.mapValues { Data($0.utf8) })).loadOrThrow()
        let outcome = RulesEngine(content: content).run()
        #expect(!outcome.diagnostics.contains { $0.severity == .error })
        let results = try #require(outcome.results)
        var states: [String: [StageStatus.State: Int]] = [:]
        for r in results.people {
            for s in r.stages { states[s.stage, default: [:]][s.state, default: 0] += 1 }
        }
        // The example: self 11 late of 785 owed and 0 missing, manager 18 and 1, second 0 and
        // 0 of 121, half-year 1 and 1 of 141. Here: late under 5 %, missing under 2 %, and
        // on time above 90 % for every stage.
        for stage in ["self", "manager", "second", "half_year"] {
            let counts = try #require(states[stage])
            let owed = counts.filter { $0.key != .pending }.values.reduce(0, +)
            #expect(owed > 0)
            #expect((counts[.late] ?? 0) * 20 < owed, "\(stage): \(counts)")
            #expect((counts[.missing] ?? 0) * 50 < owed, "\(stage): \(counts)")
            #expect((counts[.onTime] ?? 0) * 10 > owed * 9, "\(stage): \(counts)")
        }
        #expect((states["self"]?[.late] ?? 0) > 0 && (states["manager"]?[.late] ?? 0) > 0)
    }
}
