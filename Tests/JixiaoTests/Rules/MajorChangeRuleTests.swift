import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The major-change rule as content: a score change of more than 20 % from the previous month
/// needs a recorded reason (`change_reason`, a text column). Fixture: RulesEngineTests.cardRules;
/// E003 scores 25 + (40 − 15) = 50 in 2025-12 (sales 12,500, 1 complaint).
@Suite("Rules: major change needs a reason")
struct MajorChangeRuleTests {
    static let rules =
        RulesEngineTests.cardRules + """

            alerts:
              - {id: major-change, when: "ABS(score - PREV(score)) > 20% * PREV(score) AND ISBLANK(change_reason)", message: 变动超过 20%}
            """

    /// E003's alerts of rule `major-change` in 2026-01, with the January rows given (only E003's,
    /// so site.yaml allows January's file to be shorter than December's).
    func alerts(january: String) throws -> [String] {
        let site = Fixtures.site + "\ndata_files:\n  max_row_drop: 100%"
        let outcome = Fixtures.load([
            "policies/cs.md": RulesEngineTests.policy(Self.rules), "data/2026-01/cs.csv": january, "site.yaml": site,
        ])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        let results = try RulesEngine(content: content).evaluate()
        let e = try #require(content.organisation.employeeIndex["E003"])
        let month = try #require(Month(year: 2026, month: 1))
        let r = try #require(results.result(employee: e, month: month))
        return r.alerts.filter { $0.rule == "major-change" }.map(\.message)
    }

    @Test("50 → 70 (+40 %) with no reason is an alert; with a reason it is not")
    func reasonRecorded() throws {
        // January: 60 × 15000 / 30000 = 30, 40 − 0 = 40 → 70; |70 − 50| = 20 > 20% × 50 = 10.
        #expect(try alerts(january: "employee,sales,complaints,change_reason\nE003,15000,0,\n") == ["变动超过 20%"])
        #expect(try alerts(january: "employee,sales,complaints,change_reason\nE003,15000,0,新客户集中下单\n") == [])
    }

    @Test("exactly 20 % is not more than 20 %; one cent of sales more is")
    func boundary() throws {
        // 60 × 17500 / 30000 = 35, 40 − 15 = 25 → 60; |60 − 50| = 10, not > 10.
        #expect(try alerts(january: "employee,sales,complaints,change_reason\nE003,17500,1,\n") == [])
        // 60 × 17501 / 30000 = 35.002 → 60.002; 10.002 > 10.
        #expect(try alerts(january: "employee,sales,complaints,change_reason\nE003,17501,1,\n") == ["变动超过 20%"])
        // A fall counts too: 60 × 3000 / 30000 = 6, + 25 = 31; |31 − 50| = 19 > 10.
        #expect(try alerts(january: "employee,sales,complaints,change_reason\nE003,3000,1,\n") == ["变动超过 20%"])
    }

    @Test("no previous score (E003 without a December row): no comparison, no alert")
    func noPrevious() throws {
        let outcome = Fixtures.load([
            "policies/cs.md": RulesEngineTests.policy(Self.rules),
            "data/2025-12/cs.csv": "employee,sales,complaints\nE001,30000,0\n",
            "data/2026-01/cs.csv": "employee,sales,complaints,change_reason\nE003,15000,0,\n",
        ])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        let results = try RulesEngine(content: content).evaluate()
        let e = try #require(content.organisation.employeeIndex["E003"])
        let month = try #require(Month(year: 2026, month: 1))
        let r = try #require(results.result(employee: e, month: month))
        #expect(r.score == DecimalNumber(70))
        #expect(!r.alerts.contains { $0.rule == "major-change" })
    }

    @Test("the example: E0403 15.163514 → 19.5 in 2026-09 has no reason; E0406 in 2026-08 has one")
    func example() throws {
        let (content, results) = try ExamplePayTimingTests.evaluate(ExamplePayTimingTests.exampleFiles())
        func rules(_ id: String, _ month: String) throws -> [String] {
            let e = try #require(content.organisation.employeeIndex[id])
            let m = try #require(Month(parsing: month))
            return try #require(results.result(employee: e, month: m)).alerts.map(\.rule)
        }
        // |19.5 − 15.163514| = 4.336486 > 20% × 15.163514 = 3.0327028: no reviews.csv row → alert.
        #expect(try rules("E0403", "2026-09").contains("major-change"))
        // 19.124324 → 12.790541 (−33 %), reason recorded in data/2026-08/reviews.csv.
        #expect(try !rules("E0406", "2026-08").contains("major-change"))
        // 94.02 → 94.985 (+1 %): no alert.
        #expect(try !rules("E0107", "2026-09").contains("major-change"))
    }
}
