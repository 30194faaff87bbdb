import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 19: no Chinese interface text on an English site. The example company's alert
/// messages, reasons not to assess, badge requirements, streaks and version notes in English
/// on the English site, as written on the Chinese one.
@Suite("English interface texts from content")
struct EnglishInterfaceTests {
    @Test("alerts, badge requirements, streaks, reasons and version notes are English on the English site")
    func englishSite() throws {
        let en = try DashboardTests.managersEnglish.get()
        let alerts = try #require(en.text("alerts/index.html"))
        #expect(alerts.contains("Score changed by more than 20% from last month with no reason recorded"))
        #expect(!alerts.contains("得分较上月变动超过") && !alerts.contains("同一自然月内第三次顾客投诉"))
        #expect(alerts.contains("Failed the assessment three months running, an exit review starts"))
        #expect(alerts.contains("Next level: Bronze") && !alerts.contains("铜牌"))
        let cs = try #require(en.text("2025/12/departments/cs.html"))
        #expect(cs.contains("✓ 6 months in the company"))
        #expect(cs.contains("✗ Manager&#39;s approval") || cs.contains("✗ Manager's approval"))
        #expect(!cs.contains("主管批准") && !cs.contains("入职满"))
        let policies = try #require(en.text("policies/index.html"))
        #expect(policies.contains("Full attendance bonus raised from ¥200 to ¥300 a month") && !policies.contains("全勤奖由每月"))
        let sales = try #require(en.text("2026/01/departments/sales.html"))
        #expect(sales.contains("Less than one month in post") && !sales.contains("在岗不满一个月"))
        let person = try #require(en.text("people/e0102.html"))
        #expect(person.contains("October personal sales commission paid short") && !person.contains("个人销售提成少计"))
        #expect(person.contains("Personal sales commission") && !person.contains("客服等级"))
        let badges = try #require(en.text("policies/cs-badges.html"))
        #expect(badges.contains("<caption>Customer service badge</caption>"))
    }

    @Test("the Chinese site shows the texts as written")
    func chineseSite() throws {
        let zh = try DashboardTests.managers.get()
        let alerts = try #require(zh.text("alerts/index.html"))
        #expect(alerts.contains("得分较上月变动超过 20%，未记录原因：主管须在评估说明（change_reason）中写明"))
        #expect(!alerts.contains("Score changed by more than 20%"))
        #expect(try #require(zh.text("policies/index.html")).contains("全勤奖由每月 200 元提高到 300 元"))
    }

    @Test("Localization.text: the English twin on an English site, the text itself otherwise")
    func textHelper() throws {
        let outcome = Fixtures.load(["policies/cs.md": RulesEngineTests.policy(EnglishTwinTests.twinRules)])
        let content = try #require(outcome.content)
        let versions = try RulesEngine(content: content).evaluate().versions
        let en = Localization(locale: "en", strings: [:]).withContentEnglish(versions)
        #expect(en.text("投诉过多") == "Too many complaints")
        #expect(en.text("奖金基数改为 2000") == "Bonus base raised to 2000")
        #expect(en.text("服务") == "服务")
        let zh = Localization(locale: "zh-CN", strings: [:]).withContentEnglish(versions)
        #expect(zh.text("投诉过多") == "投诉过多")
    }

    @Test("the 404 page finds the site root from the URL: no request, the stylesheet added by its script")
    func notFoundScript() throws {
        let site = try DashboardTests.managers.get()
        let page = try #require(site.text("404.html"))
        #expect(
            page.contains(
                "<meta name=\"jixiao-top\" content=\"2025 2026 alerts assets data departments downloads leaderboards people policies search\">"
            ))
        #expect(!page.contains("fetch("))
        #expect(page.contains("<noscript><link rel=\"icon\" href=\"./assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(page.components(separatedBy: "<link rel=\"stylesheet\"").count == 2)
        let index = try #require(site.text("index.html"))
        #expect(!index.contains("jixiao-top") && index.contains("<link rel=\"stylesheet\" href=\"./assets/jixiao.css\">"))
    }
}
