import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Walkthrough findings: pay alerts and counts in words, on the example site built in memory.
@Suite("Alert words")
struct AlertWordsTests {
    /// `data/2026-07/` has no row for 彭小龙 (E0210) (a missing-data alert: no data this month),
    /// so the lunch allowance (per day worked) and the monthly assessment bonus (which
    /// reads personal leave days) cannot be computed: each names its item and the missing measure
    /// (`measures.csv`: days_worked 出勤天数 / Days worked, personal_leave_days 事假天数 /
    /// Personal leave), never the ids.
    @Test("a pay alert names the pay item and the missing measure, not their ids")
    func payAlertInWords() throws {
        let zh = try #require(try DashboardTests.managers.get().text("alerts/index.html"))
        #expect(zh.contains("\"午餐补贴：缺少 出勤天数\""))
        #expect(zh.contains("\"月度考核奖金：缺少 事假天数\""))
        #expect(!zh.contains("\"days_worked\"") && !zh.contains("\"personal_leave_days\""))
        let en = try #require(try DashboardTests.managersEnglish.get().text("alerts/index.html"))
        #expect(en.contains("\"Lunch allowance: Days worked is missing\""))
        #expect(en.contains("\"Monthly assessment bonus: Personal leave is missing\""))
        #expect(!en.contains("：") && !en.contains("\"days_worked\""))
    }

    /// 郭子涵 (E0119) handed in August's self-assessment on 2026-09-08, due 2026-09-07
    /// (`assessment-calendar.md`: self by day 5, moved to the next working day): 1 day late.
    @Test("one day late is singular in English, and the same words in Chinese")
    func oneDayLate() throws {
        let en = try #require(try DashboardTests.managersEnglish.get().text("2026/08/assessments.html"))
        #expect(en.contains("郭子涵 · Self-assessment · 1 day late"))
        #expect(!en.contains("1 days late"))
        let zh = try #require(try DashboardTests.managers.get().text("2026/08/assessments.html"))
        #expect(zh.contains("郭子涵 · 员工自评 · 逾期 1 天"))
    }

    @Test("a count pattern takes its _one form only for 1, and only where the locale has one")
    func countPatterns() {
        let en = Localization(
            locale: "en", strings: ["late": "{days} days late", "late_one": "{days} day late", "due": "in {n} months"])
        #expect(en.format("late", count: 1, ["days": "1"]) == "1 day late")
        #expect(en.format("late", count: 2, ["days": "2"]) == "2 days late")
        #expect(en.format("late", count: 0, ["days": "0"]) == "0 days late")
        #expect(en.format("due", count: 1, ["n": "1"]) == "in 1 months")
    }
}
