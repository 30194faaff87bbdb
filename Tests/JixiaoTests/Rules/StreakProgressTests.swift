import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The one streak definition, month by month; every expectation worked out by hand.
@Suite("Streak progress")
struct StreakProgressTests {
    /// Records `months` (true: the month qualifies) and returns, per month, (completed, run, count).
    func record(_ months: [Bool], needed: Int) -> [(Bool, Int, Int)] {
        var progress = StreakProgress()
        return months.map { qualifies in
            let completed = progress.record(qualifies, months: needed)
            return (completed, progress.run, progress.count)
        }
    }

    @Test("a streak of 2 completes on the 2nd qualifying month and needs 2 more for the next")
    func completesAndRestarts() {
        let steps = record([true, true, true, true, true], needed: 2)
        #expect(steps.map(\.0) == [false, true, false, true, false])
        #expect(steps.map(\.1) == [1, 2, 3, 4, 5])  // the run is not reset by a completion
        #expect(steps.map(\.2) == [1, 0, 1, 0, 1])  // the count toward the next completion is
    }

    @Test("a month that does not qualify breaks the run and the count")
    func breaks() {
        let steps = record([true, true, false, true, true, true], needed: 3)
        #expect(steps.map(\.0) == [false, false, false, false, false, true])
        #expect(steps.map(\.1) == [1, 2, 0, 1, 2, 3])
        #expect(steps.map(\.2) == [1, 2, 0, 1, 2, 0])
    }

    @Test("a skipped gap (nil) neither breaks nor counts")
    func skippedGap() {
        var progress = StreakProgress()
        let steps: [Bool?] = [true, nil, true, nil, true]
        // qualifying months 1, 2 (complete, count back to 0), 3: the gaps change nothing.
        #expect(steps.map { progress.record($0, months: 2) } == [false, false, true, false, false])
        #expect(progress.run == 3)
        #expect(progress.count == 1)
    }

    @Test("a one-month streak completes in every qualifying month")
    func oneMonth() {
        #expect(record([true, false, true], needed: 1).map(\.0) == [true, false, true])
    }

    @Test("by grade: only the listed grades qualify; no grade never does")
    func grades() {
        let rule = StreakRule(
            id: "top-2", name: "连续优秀", grades: ["excellent", "good"], when: nil, months: 2, reward: nil,
            alert: nil, location: SourceLocation(file: "policies/p.md"))
        #expect(rule.qualifies(gradeID: "excellent"))
        #expect(rule.qualifies(gradeID: "good"))
        #expect(!rule.qualifies(gradeID: "pass"))
        #expect(!rule.qualifies(gradeID: nil))
    }
}
