import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The example company's second composition (logistics-monthly.md: sales 60 % + department
/// evaluation 40 %) and assessment calendar (assessment-calendar.md, assessments.csv).
@Suite("Example: second composition and assessment calendar")
struct ExampleCalendarTests {
    func result(_ run: (Content, Results), _ id: String, _ month: String) throws -> PersonMonthResult {
        let e = try #require(run.0.organisation.employeeIndex[id])
        let m = try #require(Month(parsing: month))
        return try #require(run.1.result(employee: e, month: m))
    }

    @Test("quarterly merit composition of E0205 and E0214 in 2026-11, worked by hand")
    func composition() throws {
        let run = try ExamplePayTimingTests.evaluate(ExamplePayTimingTests.exampleFiles())
        // E0205: sales 61,499 of 80,000. Sales item 30 × 61499 ÷ 80000 = 23.062125; score 86.062125.
        // Sales part MIN(100, 100 × 61499 ÷ 80000) = 76.87375; department part 100 × (86.062125 − 23.062125) ÷ 70
        // = 100 × 63 ÷ 70 = 90; composition 0.6 × 76.87375 + 0.4 × 90 = 46.12425 + 36 = 82.12425.
        let e0205 = try result(run, "E0205", "2026-11")
        #expect(e0205.score == DecimalNumber(parsing: "86.062125"))
        let c1 = try #require(e0205.compositions.first)
        #expect(c1.id == "quarterly_merit")
        #expect(c1.parts == [DecimalNumber(parsing: "76.87375"), DecimalNumber(90)])
        #expect(c1.score == DecimalNumber(parsing: "82.12425"))
        // E0214: sales 87,402 of 80,000 → the sales part is capped: MIN(100, 109.2525) = 100. Sales item
        // 30 × 1.092525 = 32.77575; score 95.077306, so the other seven items give 62.301556;
        // department part 100 × 62.301556 ÷ 70 = 89.002223 (six places); composition
        // 0.6 × 100 + 0.4 × 89.002223 = 60 + 35.6008892 = 95.600889.
        let e0214 = try result(run, "E0214", "2026-11")
        #expect(e0214.score == DecimalNumber(parsing: "95.077306"))
        let c2 = try #require(e0214.compositions.first)
        #expect(c2.parts == [DecimalNumber(100), DecimalNumber(parsing: "89.002223")])
        #expect(c2.score == DecimalNumber(parsing: "95.600889"))
        // Customer service has no composition.
        #expect(try result(run, "E0112", "2026-11").compositions.isEmpty)
    }

    @Test("calendar: a missing manager review, a missing half-year review, a holiday moving a due day")
    func calendar() throws {
        let run = try ExamplePayTimingTests.evaluate(ExamplePayTimingTests.exampleFiles())
        // E0112's October manager review, due 2026-11-10, never handed in ("today" is 2026-11-30).
        let october = try result(run, "E0112", "2026-10")
        let manager = try #require(october.stages.first { $0.stage == "manager" })
        #expect(manager.due == Day(year: 2026, month: 11, day: 10) && manager.state == .missing)
        #expect(october.alerts.contains { $0.kind == .assessmentMissing && $0.rule == "manager" })
        // E0305's July half-year review, due the last day of July (Friday 2026-07-31), not held.
        let july = try result(run, "E0305", "2026-07")
        #expect(july.alerts.contains { $0.kind == .reviewMissing && $0.severity == .critical })
        // September's self-assessment is due 5 October, a National Day holiday (10-01…10-07):
        // moved to the next working day, Thursday 2026-10-08.
        let september = try result(run, "E0112", "2026-09")
        #expect(september.stages.first { $0.stage == "self" }?.due == Day(year: 2026, month: 10, day: 8))
        // The manager review is due Saturday 10 October, a make-up working day: it stays.
        #expect(september.stages.first { $0.stage == "manager" }?.due == Day(year: 2026, month: 10, day: 10))
        // November's stages fall due in December: not yet due.
        #expect(try result(run, "E0112", "2026-11").stages.allSatisfy { $0.state == .pending })
    }
}
