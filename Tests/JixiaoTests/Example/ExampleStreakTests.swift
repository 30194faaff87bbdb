import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// Streaks in the example company's own data (grades.md: excellent-3, 3 months of 优秀 →
/// 200 yuan, counting again from zero after each reward).
@Suite("Example company: streaks")
struct ExampleStreakTests {
    @Test("E0107: 优秀 from 2026-05 to 2026-11 pays in 07 and 10 and shows 1 / 3 in progress")
    func streakInProgressAfterCompletions() throws {
        let (content, results) = try ExamplePayTimingTests.evaluate(ExamplePayTimingTests.exampleFiles())
        let e = try #require(content.organisation.employeeIndex["E0107"])
        // Grades 2025-12 … 2026-11 (cs-assessment.md, standard scale ≥ 90 优秀):
        // 87.79 good, 90.88 excellent, 89.94 good, 94.675 excellent, 88.647589 good, then
        // 91.123564, 90.165, 90.165, 94.02, 94.985, 93.648657, 91.58 all excellent.
        let months = results.results(ofEmployee: e)
        #expect(
            months.map { $0.streaks.contains("excellent-3") }
                == [false, false, false, false, false, false, false, true, false, false, true, false])
        // A run of 7 excellent months (05–11): completions in 07 (3rd) and 10 (6th); 11 is the
        // 1st month toward the next, 7 mod 3 = 1.
        let analytics = Analytics.compute(content: content, results: results)
        #expect(analytics.trends[e].streaksInProgress.map { "\($0.rule) \($0.months)/\($0.needed)" } == ["excellent-3 1/3"])
    }
}
