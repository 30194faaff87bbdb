import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// `zero_when`, `max_grade_when` and streak `gaps` on the fixture company (RulesEngineTests.cardRules:
/// sales 60 points = 60 × sales / 30000 capped at 70, service 40 − 15 × complaints floored at 0;
/// 优秀 ≥ 90 (1.2), 合格 ≥ 60 (1.0), 不合格 (0); bonus 1000 × coefficient in 2025-12).
@Suite("Rules: vetoes, grade caps and streak gaps")
struct VetoAndGapRuleTests {
    func evaluate(_ rules: String, _ changes: [String: String?] = [:]) throws -> (Content, Results) {
        var all = changes
        all["policies/cs.md"] = RulesEngineTests.policy(rules)
        let outcome = Fixtures.load(all)
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        return (content, try RulesEngine(content: content).evaluate())
    }

    func replacing(_ old: String, _ new: String) throws -> String {
        #expect(RulesEngineTests.cardRules.contains(old))
        return RulesEngineTests.cardRules.replacingOccurrences(of: old, with: new)
    }

    func december(_ loaded: (Content, Results), _ id: String) throws -> PersonMonthResult {
        let e = try #require(loaded.0.organisation.employeeIndex[id])
        let month = try #require(Month(year: 2025, month: 12))
        return try #require(loaded.1.result(employee: e, month: month))
    }

    @Test("zero_when zeroes the item: E001 keeps 60 for sales, service 40 → 0, total 60 → 合格")
    func zeroWhen() throws {
        let rules = try replacing(
            "formula: 40 - 15 * complaints, floor: 0}", "formula: 40 - 15 * complaints, floor: 0, zero_when: sales > 25000}")
        let loaded = try evaluate(rules)
        let a = try december(loaded, "E001")  // sales 30000 > 25000: vetoed
        #expect(a.items.map(\.value) == [DecimalNumber(60), .zero])
        #expect(a.score == DecimalNumber(60))
        #expect(a.gradeIndex == 1)
        // E003: sales 12500 (not vetoed) → 25 + (40 − 15) = 50 → 不合格, unchanged.
        #expect(try december(loaded, "E003").score == DecimalNumber(50))
    }

    @Test("max_grade_when caps the grade, not the score: E001 100 → 合格, coefficient 1.0, bonus 1000")
    func gradeCap() throws {
        let rules = try replacing("  grades:\n", "  max_grade_when:\n    - {grade: pass, when: sales > 25000}\n  grades:\n")
        let a = try december(evaluate(rules), "E001")
        #expect(a.score == DecimalNumber(100))
        #expect(a.gradeIndex == 1)
        #expect(a.coefficient == .one)
        #expect(a.pay.first { $0.id == "bonus" }?.amount == DecimalNumber(1000))
    }

    @Test("max_grade_when must name a grade of the scorecard")
    func gradeCapUnknownGrade() throws {
        let rules = try replacing("  grades:\n", "  max_grade_when:\n    - {grade: passs, when: sales > 25000}\n  grades:\n")
        let errors = RulesEngineTests().compileErrors(rules).map(\.message)
        #expect(errors.contains("max_grade_when names unknown grade \"passs\""))
    }

    /// E006 fails (sales 0, 3 complaints: 0 + max(0, 40 − 45) = 0) in Dec and Feb and has no
    /// row in Jan (no data): a gap.
    static let gapFiles: [String: String?] = [
        "employees.csv": Fixtures.employees + "\nE006,赵敏,cs,cs-agent,E001,2024-01-01,regular,,,6000,800\n",
        "data/2025-12/cs.csv": "employee,sales,complaints\nE001,30000,0\nE006,0,3\n",
        "data/2026-01/cs.csv": "employee,sales,complaints\nE001,30000,0\n",
        "data/2026-02/cs.csv": "employee,sales,complaints\nE001,30000,0\nE006,0,3\n",
    ]

    func streaks(gaps: String?) throws -> [[String]] {
        let line = "{id: fail-2, grades: [fail], months: 2, alert: 连续两个月不合格}"
        let rules = try replacing(line, gaps.map { "{id: fail-2, grades: [fail], months: 2, gaps: \($0), alert: 连续两个月不合格}" } ?? line)
        let (content, results) = try evaluate(rules, Self.gapFiles)
        let e = try #require(content.organisation.employeeIndex["E006"])
        return results.results(ofEmployee: e).map(\.streaks)
    }

    @Test("gaps: break (the default) — the month without assessment breaks the run: no completion")
    func gapsBreak() throws {
        #expect(try streaks(gaps: nil) == [[], [], []])
        #expect(try streaks(gaps: "break") == [[], [], []])
    }

    @Test("gaps: skip — the month without assessment neither breaks nor counts: Dec + Feb complete in Feb")
    func gapsSkip() throws {
        #expect(try streaks(gaps: "skip") == [[], [], ["fail-2"]])
    }

    @Test("gaps accepts only break or skip")
    func gapsInvalid() throws {
        let rules = try replacing("months: 2, alert:", "months: 2, gaps: pause, alert:")
        #expect(RulesEngineTests().compileErrors(rules).map(\.message).contains("gaps must be break or skip"))
    }
}
