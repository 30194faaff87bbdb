import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The one-vote veto of logistics-sales.md (一票否决): behaviour item zeroed, grade at best
/// 合格, coefficient 0. Worked by hand from the policy and E0406's row (base 4,000, position
/// pay 1,000: monthly pay 5,000).
@Suite("Example company: serious violation veto")
struct ExampleVetoTests {
    /// The example with E0406's 2026-08 sales row replaced by `row`.
    static func evaluate(row: String) throws -> (Content, Results) {
        var files = try ExamplePayTimingTests.exampleFiles()
        let path = "data/2026-08/sales.csv"
        let text = try #require(String(data: files.files[path] ?? Data(), encoding: .utf8))
        let old = "E0406,315500,370000,0,1"
        #expect(text.contains(old))
        files.files[path] = Data(text.replacingOccurrences(of: old, with: row).utf8)
        return try ExamplePayTimingTests.evaluate(files)
    }

    static func month(_ loaded: (Content, Results)) throws -> PersonMonthResult {
        let e = try #require(loaded.0.organisation.employeeIndex["E0406"])
        let month = try #require(Month(parsing: "2026-08"))
        return try #require(loaded.1.result(employee: e, month: month))
    }

    @Test("behaviour 1.0 with serious_violation = 1 scores 0 on behaviour, 12.79 in all, 待改进, floating pay 639.53")
    func behaviourZeroed() throws {
        let loaded = try Self.evaluate(row: "E0406,315500,370000,1,1")
        let r = try Self.month(loaded)
        // performance = 15 × 315500 / 370000 = 12.7905405… → 12.790541 (six places);
        // behaviour = 5 × 1.0 = 5, vetoed (zero_when) → 0. Score 12.790541: 12 ≤ s < 15 → improve.
        #expect(r.items.map(\.value) == [DecimalNumber(parsing: "12.790541"), .zero])
        #expect(r.score == DecimalNumber(parsing: "12.790541"))
        let card = try #require(loaded.0.policies.firstIndex { $0.slug == "logistics-sales" })
        #expect(r.scorecardPolicy == card)
        #expect(r.gradeIndex == 3)  // 优秀, 良好, 合格, 待改进
        #expect(r.coefficient == .zero)  // IF(serious_violation = 1, 0, band_coefficient)
        // floating = 5000 × 20% × 12.790541 / 20 = 639.52705 → 639.53 (half-up to cents).
        #expect(r.pay.first { $0.id == "floating" }?.amount == DecimalNumber(parsing: "639.53"))
    }

    @Test("a vetoed month at full revenue and behaviour 1.2 is graded at best 合格 and counts for no excellent streak")
    func gradeCapped() throws {
        let loaded = try Self.evaluate(row: "E0406,400000,370000,1.2,1")
        let r = try Self.month(loaded)
        // performance = 15 × 400000 / 370000 = 16.2…, capped at 15; behaviour 6 → vetoed 0. 15 → 合格.
        #expect(r.score == DecimalNumber(15))
        #expect(r.gradeIndex == 2)
        #expect(r.streaks.isEmpty)
        // Without the violation the same row is 15 + 6 = 21 → 优秀 (≥ 19).
        let clean = try Self.month(Self.evaluate(row: "E0406,400000,370000,1.2,0"))
        #expect(clean.score == DecimalNumber(21))
        #expect(clean.gradeIndex == 0)
    }
}
