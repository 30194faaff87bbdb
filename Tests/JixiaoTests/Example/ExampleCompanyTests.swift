import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// The example company in `content/`: every expectation below is worked by hand from the
/// CSV rows and the policy numbers (the arithmetic is in the comment above each check).
@Suite("Example company rules")
struct ExampleCompanyTests {
    static let contentRoot: String = {
        // Tests/JixiaoTests/Example/ExampleCompanyTests.swift → repository root
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("content").path
    }()

    /// Loaded and evaluated once for the whole suite.
    static let loaded: Result<(Content, Results), any Error> = Result {
        let content = try ContentLoader(fileSystem: LocalFileSystem(root: contentRoot)).loadOrThrow()
        let results = try RulesEngine(content: content).evaluate()
        return (content, results)
    }

    func example() throws -> (Content, Results) { try Self.loaded.get() }

    func result(_ id: String, _ year: Int, _ month: Int) throws -> PersonMonthResult {
        let (content, results) = try example()
        let e = try #require(content.organisation.employeeIndex[id])
        let m = try #require(Month(year: year, month: month))
        return try #require(results.result(employee: e, month: m), "\(id) \(year)-\(month)")
    }

    func pay(_ r: PersonMonthResult, _ id: String) -> DecimalNumber? {
        r.pay.first { $0.id == id }?.amount
    }

    func item(_ r: PersonMonthResult, _ id: String) -> DecimalNumber? {
        r.items.first { $0.id == id }?.value
    }

    func slug(_ policy: Int?) throws -> String? {
        let (content, _) = try example()
        return policy.map { content.policies[$0].slug }
    }

    func d(_ text: String) -> DecimalNumber { DecimalNumber(parsing: text)! }

    // MARK: - The content is valid

    @Test("jixiao check content reports 0 errors")
    func checkHasNoErrors() {
        let outcome = Checker.check(fileSystem: LocalFileSystem(root: Self.contentRoot))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }

    // MARK: - Ops commission (ops-pay.md, progressive table)

    @Test("ops commission at 0, 10,000, 20,000, 86,000 and 135,000")
    func opsCommission() throws {
        // E0306 2026-03 sales 10,000: the minimum is reached (inclusive) → 10,000 × 1% = 100
        #expect(pay(try result("E0306", 2026, 3), "commission") == 100)
        // E0308 2026-03 sales 20,000: 20,000 × 1% = 200 (the 2% band starts above 20,000)
        #expect(pay(try result("E0308", 2026, 3), "commission") == 200)
        // E0307 2026-02 sales 0: below 10,000 → 0
        #expect(pay(try result("E0307", 2026, 2), "commission") == 0)
        // E0304 2026-05 sales 86,000: 20,000×1% + 10,000×2% + 20,000×3% + 30,000×5% + 6,000×7%
        //   = 200 + 200 + 600 + 1,500 + 420 = 2,920
        #expect(pay(try result("E0304", 2026, 5), "commission") == 2920)
        // E0304 2026-11 sales 135,000: 200 + 200 + 600 + 1,500 + 40,000×7% + 15,000×10%
        //   = 2,500 + 2,800 + 1,500 = 6,800
        #expect(pay(try result("E0304", 2026, 11), "commission") == 6800)
    }

    // MARK: - Ops scorecard: ratings combination (ops-assessment.md)

    @Test("ops 德能勤绩 with the 绩 ratings combined 20/60/20")
    func opsRatings() throws {
        let r = try result("E0303", 2026, 3)
        // ops.csv 2026-03 E0303: self 91.5, manager 88.8, second 90.8, ethics 86.4, ability 85.2, diligence 80.4
        // 绩 = 91.5×20% + 88.8×60% + 90.8×20% = 18.3 + 53.28 + 18.16 = 89.74
        #expect(item(r, "results") == d("89.74"))
        // score = 86.4×15% + 85.2×25% + 80.4×20% + 89.74×40% = 12.96 + 21.3 + 16.08 + 35.896 = 86.236 → 良好
        #expect(r.score == d("86.236"))
        #expect(r.gradeIndex == 1)
        // performance pay = 4,500 × 20% × 86.236 ÷ 100 = 776.124 → 776.12
        #expect(pay(r, "performance") == d("776.12"))
        // commission on 30,200 = 200 + 200 + 200 × 3% = 406
        #expect(pay(r, "commission") == 406)
        // seniority: hired 2020-04-13, 5 full years at 2026-03 → 5 × 50 = 250
        #expect(pay(r, "seniority") == 250)
    }

    // MARK: - Policy version mid-year (ops-pay.md versions)

    @Test("full-attendance bonus 200 before 2026-07, 300 from 2026-07")
    func versionChange() throws {
        // E0303 has full attendance every month (0 late, 0 leave, 0 absence)
        #expect(pay(try result("E0303", 2026, 6), "attendance") == 200)
        #expect(pay(try result("E0303", 2026, 7), "attendance") == 300)
        // E0305 2026-04: 2 late arrivals, 15 minutes → no full-attendance bonus
        #expect(pay(try result("E0305", 2026, 4), "attendance") == 0)
    }

    // MARK: - Caps and floors

    @Test("logistics sales item capped at 40")
    func logisticsCap() throws {
        let r = try result("E0205", 2026, 6)
        // logistics.csv 2026-06 E0205: sales_actual 105,000 ÷ target 70,000 = 1.5 → 30 × 1.5 = 45 → cap 40
        #expect(item(r, "sales") == 40)
        // route: 15 − 2×0 (counterflow) − 1×1 (detours) − 2×1 (wasted) − 1×1 (empty runs) = 11
        #expect(item(r, "route") == 11)
    }

    @Test("a deduction item stops at 0 (CS discipline, E0109 2026-10)")
    func csFloor() throws {
        let r = try result("E0109", 2026, 10)
        // cs.csv 2026-10 E0109: 3 complaints → 10 − 3 × 5 = −5 → floor 0
        #expect(item(r, "discipline") == 0)
        // satisfaction 48 → 20 × (48 − 50) ÷ 50 < 0 → 0; sales 9,196 ÷ 24,200 × 30 = 11.4
        #expect(item(r, "satisfaction") == 0)
        #expect(item(r, "sales") == d("11.4"))
        // response 78.6% and quality 47.5 are below their baselines → 0; score = 11.4 → 不合格
        #expect(r.score == d("11.4"))
        #expect(r.gradeIndex == 4)
    }

    // MARK: - Customer service fines and pay (cs-pay.md)

    @Test("CS complaint fine escalates: 2 complaints → 50 + 100")
    func csFine() throws {
        let r = try result("E0117", 2026, 4)
        // 1st complaint 50, 2nd doubled to 100 → 150, an info item (not in the total)
        #expect(pay(r, "complaint_fine") == 150)
        #expect(r.pay.first { $0.id == "complaint_fine" }?.kind == .info)
        // commission: sales 20,540.96 → (20,540.96 − 20,000) × 5.5% + 750 = 29.7528 + 750 = 779.75
        #expect(pay(r, "commission") == d("779.75"))
        // shared: 1,780,000 × 1% ÷ 27 CS agents and leads in April (2 leads + E0104…E0127 + E0128) = 659.259… → 659.26
        #expect(pay(r, "shared") == d("659.26"))
        // total = 2,800 + 779.75 + 659.26 + 400 (4 full years × 100) + 0 streak − 0 losses = 4,639.01
        #expect(r.payTotal == d("4639.01"))
        // score: sales capped 30 + 20×(92.4−50)÷50 = 16.96 + response 100% → 15 + 25×(90−50)÷50 = 20 + discipline 10 − 2×5 = 0
        //   = 81.96
        #expect(r.score == d("81.96"))
    }

    @Test("third complaint in a month raises the dismissal alert")
    func csDismissal() throws {
        let r = try result("E0125", 2026, 7)
        #expect(r.alerts.contains { $0.kind == .rule && $0.rule == "third-complaint" && $0.severity == .critical })
        // the fine stays 50 + 100: the third complaint means dismissal, not a fine
        #expect(pay(r, "complaint_fine") == 150)
        #expect(!(try result("E0117", 2026, 4)).alerts.contains { $0.rule == "third-complaint" })
    }

    // MARK: - Badge ladder (cs-badges.md)

    @Test("badge promotion: E0128 试用 → 铁牌 in 2026-06, E0105 银牌 → 金牌 in 2026-11")
    func badgePromotion() throws {
        // E0128 hired 2026-03-09, badge_level 0; approved 2026-06 with 2+ months, no bad record, scores ≥ 80
        let before = try result("E0128", 2026, 5)
        let after = try result("E0128", 2026, 6)
        #expect(before.level == 0)
        #expect(after.level == 1)
        #expect(after.promoted)
        // in May only the approval was missing
        #expect(before.missingForNext == ["主管批准"])
        // E0105 starts at badge_level 3 (银牌) and is approved for 金牌 in 2026-11
        #expect(try result("E0105", 2026, 10).level == 3)
        #expect(try result("E0105", 2026, 11).level == 4)
    }

    // MARK: - Streaks (grades.md)

    @Test("3 months excellent → 200 reward; 3 months failing → exit-review alert")
    func streaks() throws {
        // E0105 2026-08 良好 (breaks the run), 2026-09/10/11 优秀 → the run completes in November
        let r = try result("E0105", 2026, 11)
        #expect(r.streaks.contains("excellent-3"))
        #expect(pay(r, "streak") == 200)
        #expect(try result("E0105", 2026, 10).streaks.isEmpty)
        // E0109 不合格 in 2026-09, 10 and 11 (after 待改进 in July and August)
        let f = try result("E0109", 2026, 11)
        #expect(f.streaks.contains("fail-3"))
        #expect(f.alerts.contains { $0.kind == .streak && $0.rule == "fail-3" && $0.severity == .critical })
        #expect(try result("E0109", 2026, 8).gradeIndex == 3)
    }

    // MARK: - Not assessed, no data, transfers

    @Test("not assessed: under one month (E0220) and temporary staff (E0222), never 0")
    func notAssessed() throws {
        let e0220 = try result("E0220", 2026, 11)
        #expect(e0220.assessment == .notAssessed(reason: "在岗不满一个月"))
        #expect(e0220.score == nil)
        let e0222 = try result("E0222", 2026, 11)
        #expect(e0222.assessment == .notAssessed(reason: "临时用工人员不参加考核"))
        #expect(e0222.score == nil)
    }

    @Test("missing month: E0210 has no data in 2026-07")
    func noData() throws {
        let r = try result("E0210", 2026, 7)
        #expect(r.assessment == .noData)
        #expect(r.score == nil)
        #expect(r.alerts.contains { $0.kind == .missingData })
    }

    @Test("transfer: E0310 ops scorecard up to 2026-05, CS scorecard, pay and ladder from 2026-06")
    func transfer() throws {
        let may = try result("E0310", 2026, 5)
        let june = try result("E0310", 2026, 6)
        #expect(try slug(may.scorecardPolicy) == "ops-assessment")
        #expect(try slug(may.payPolicy) == "ops-pay")
        #expect(may.level == nil)
        #expect(try slug(june.scorecardPolicy) == "cs-assessment")
        #expect(try slug(june.payPolicy) == "cs-pay")
        // badge_level 0 → 试用 in June; approved 2026-08 → 铁牌
        #expect(june.level == 0)
        #expect(try result("E0310", 2026, 8).level == 1)
    }

    // MARK: - Warehouse pay (warehouse-pay.md)

    @Test("warehouse base pay 5,300 in trial, 5,500 after")
    func warehouseBase() throws {
        // E0220 hired 2026-11-03, status trial → 5,300
        #expect(pay(try result("E0220", 2026, 11), "base") == 5300)
        // E0221 hired 2026-04-01, regular from 2026-05-01: April trial 5,300, May 5,500
        #expect(pay(try result("E0221", 2026, 4), "base") == 5300)
        #expect(pay(try result("E0221", 2026, 5), "base") == 5500)
        #expect(pay(try result("E0204", 2026, 11), "base") == 5500)
    }

    @Test("warehouse bonus paid in proportion to the score, lost on leave or absence")
    func warehouseBonus() throws {
        // E0207 2026-03 personal leave 4 days (> 3) → 0 although assessed
        let a = try result("E0207", 2026, 3)
        #expect(a.assessment == .assessed)
        #expect(pay(a, "bonus") == 0)
        // E0212 2026-06 sick leave 6 days (> 5) → 0
        #expect(pay(try result("E0212", 2026, 6), "bonus") == 0)
        // E0215 2026-09 1 day absent (≥ 1) → 0
        #expect(pay(try result("E0215", 2026, 9), "bonus") == 0)
        // E0205 2026-06 (no leave): 2,000 × score ÷ 100, rounded once to cents
        let b = try result("E0205", 2026, 6)
        let score = try #require(b.score)
        #expect(pay(b, "bonus") == (DecimalNumber(2000) * score / DecimalNumber(100)).roundedToCents)
        // E0207 2026-03 lunch: 18 × 18 days worked = 324; seniority: hired 2021-04-19, 4 full years → 800
        #expect(pay(a, "lunch") == 324)
        #expect(pay(a, "seniority") == 800)
    }

    // MARK: - Logistics department KPI (logistics-kpi.md)

    @Test("logistics KPI 2026-04 by hand (no quarterly indicators that month)")
    func logisticsKPI() throws {
        let (_, results) = try example()
        let april = try #require(Month(year: 2026, month: 4))
        let r = try #require(results.departments.first { $0.department == "logistics" && $0.month == april })
        // departments.csv 2026-04: orders 38,776 / 39,007, accuracy 99.4%, on time 99.2%, damage 0.43% ≤ 0.45%,
        //   0 safety incidents, 3 customer complaints, qualitative 81.5; quarterly indicators empty.
        // orders 99.407799, accuracy 99.4, on-time 99.2, damage 100, safety 100, complaints max(0, 100 − 3×50) = 0
        // monthly average M = (10×99.407799 + 10×99.4 + 10×99.2 + 10×100 + 10×100 + 15×0) ÷ 65 = 4,980.078 ÷ 65 = 76.616584
        // cost saving, turnover, training, pass rate take M, so quantitative = M = 76.616584
        // total = 76.616584 × 70% + 81.5 × 30% = 53.631609 + 24.45 = 78.081609 → 合格
        #expect(r.items.first { $0.id == "complaints" }?.value == 0)
        #expect(r.items.first { $0.id == "cost_saving" }?.value?.roundedToCents == d("76.62"))
        #expect(r.items.first { $0.id == "quantitative" }?.value?.roundedToCents == d("76.62"))
        #expect(r.score?.roundedToCents == d("78.08"))
        #expect(r.gradeIndex == 2)
    }

    // MARK: - Logistics sales (logistics-sales.md)

    @Test("serious violation: behaviour 0 and performance coefficient 0")
    func salesVeto() throws {
        let r = try result("E0406", 2026, 8)
        // sales.csv 2026-08 E0406: revenue 315,500 ÷ 370,000 × 15 = 12.790541; behaviour 0 → 0
        #expect(r.score?.roundedToCents == d("12.79"))
        // band 待改进 (≥ 12, coefficient 0.6) but the veto sets the coefficient to 0
        #expect(r.gradeIndex == 3)
        #expect(r.coefficient == 0)
        #expect(r.alerts.contains { $0.rule == "serious-violation" })
        // floating pay = (4,000 + 1,000) × 20% × 12.790541 ÷ 20 = 639.527 → 639.53
        #expect(pay(r, "floating") == d("639.53"))
    }

    // MARK: - Generic pay (pay-general.md)

    @Test("manager year-end bonus uses the annual review coefficient")
    func managerYearEnd() throws {
        // E0001 (hr-head): 5,000 × position coefficient 1.5 × annual review 1.2 (management.csv 2025-12) = 9,000
        let r = try result("E0001", 2025, 12)
        #expect(pay(r, "year_end") == 9000)
        // the year-end item only exists in December
        #expect(pay(try result("E0001", 2026, 1), "year_end") == nil)
    }
}
