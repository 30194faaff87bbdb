import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The distances to the next badge level (content/policies/cs-badges.md), worked out by hand
/// from the example's monthly scores.
@Suite("Example company: distance to the next ladder level")
struct ExampleNextLevelTests {
    func progress(_ id: String, _ year: Int, _ month: Int) throws -> [RequirementProgress] {
        try ExampleCompanyTests().result(id, year, month).nextLevelProgress
    }

    @Test("胡美玲 (E0118), silver in 2026-10: the gold 6-month average is 86.74 of the 88 needed")
    func goldAverage() throws {
        let p = try progress("E0118", 2026, 10)
        // Gold: tenure ≥ 24, AVG_LAST(score, 6) ≥ 88, no complaints or fines in 3 months, approval.
        #expect(p.map(\.name) == ["入职满 24 个月", "最近 6 个月平均分不低于 88 分", "最近 3 个月无投诉、无罚款", "主管批准"])
        #expect(p.map(\.met) == [true, false, true, false])
        // Scores 2026-05…10: 87.7438 + 84.593857 + 86.848917 + 86.236 + 83.75165 + 91.29
        // = 520.464224; ÷ 6 = 86.744037; 88 − 86.744037 = 1.255963.
        let average = p[1]
        #expect(average.comparison == .atLeast)
        #expect(average.target == DecimalNumber(88))
        #expect(average.value?.rounded(places: 2) == DecimalNumber(8674) / DecimalNumber(100))
        #expect(average.distance?.rounded(places: 2) == DecimalNumber(126) / DecimalNumber(100))
        // A met requirement is at distance 0; the complaints sum is 0 against = 0.
        #expect(p[2].value == .zero && p[2].distance == .zero)
        // Approval is badge_approved = 1: no approval recorded, value 0.
        #expect(p[3].approval && p[3].value == .zero && p[3].target == DecimalNumber(1))
    }

    @Test("吴悦 (E0113), iron in 2026-10: the bronze 3-month average is 81.66 of the 82 needed")
    func bronzeAverage() throws {
        let p = try progress("E0113", 2026, 10)
        let average = try #require(p.first { $0.name == "最近 3 个月平均分不低于 82 分" })
        // Scores 2026-08…10: 83.742439 + 82.564677 + 78.678504 = 244.98562; ÷ 3 = 81.661873;
        // 82 − 81.661873 = 0.338127.
        #expect(!average.met)
        #expect(average.value?.rounded(places: 2) == DecimalNumber(8166) / DecimalNumber(100))
        #expect(average.distance?.rounded(places: 2) == DecimalNumber(34) / DecimalNumber(100))
    }

    @Test("distance: the rise still needed for ≥, the fall for ≤ and =, none for ≠ or a non-comparison")
    func distances() {
        let rise = RequirementProgress(
            name: "a", met: false, approval: false, value: DecimalNumber(20), comparison: .atLeast, target: DecimalNumber(24))
        #expect(rise.distance == DecimalNumber(4))
        let fall = RequirementProgress(name: "b", met: false, approval: false, value: DecimalNumber(3), comparison: .equal, target: .zero)
        #expect(fall.distance == DecimalNumber(3))
        let met = RequirementProgress(
            name: "c", met: true, approval: false, value: DecimalNumber(30), comparison: .atLeast, target: DecimalNumber(24))
        #expect(met.distance == .zero)
        #expect(RequirementProgress(name: "d", met: false, approval: false).distance == nil)
        let notEqual = RequirementProgress(name: "e", met: false, approval: false, value: .zero, comparison: .notEqual, target: .zero)
        #expect(notEqual.distance == nil)
    }
}
