import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Rules in words (issue 15, item 2): every rule kind of the example company phrased in the
/// page's language with the display names of `content/measures.csv`, the formula kept in a
/// collapsed 公式 / Formula `<details>`; a formula without words falls back to the formula
/// with display names put in.
@Suite("Rules in words, per rule kind")
struct RulesInWordsTests {
    static let locales: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("site-templates/locales").path
    }()

    static func localization(_ locale: String) throws -> Localization {
        let text = try String(contentsOfFile: locales + "/\(locale).yaml", encoding: .utf8)
        return try Localization.parse(text, file: "\(locale).yaml", locale: locale, currency: "CNY").get()
    }

    /// The rule tables of the example policy `slug` (its first version) in `locale`.
    static func tables(_ slug: String, _ locale: String) throws -> RuleTables {
        let (content, results) = try ExampleCompanyTests.loaded.get()
        let index = try #require(content.policies.firstIndex { $0.slug == slug })
        let rules = try #require(results.versions.first { $0.policyIndex == index }?.rules)
        let bands = Dictionary(results.versions.flatMap { $0.rules.scorecard?.grades ?? [] }.map { ($0.id, $0) }) { a, _ in a }
        return RuleTables(rules: rules, loc: try localization(locale), names: content.measureNames, gradeBands: bands)
    }

    static func html(_ slug: String, _ kind: String, _ locale: String) throws -> String {
        try #require(try tables(slug, locale).html(kind))
    }

    @Test("scorecard items: formulas and ratings with display names")
    func scorecard() throws {
        #expect(try Self.html("logistics-monthly", "scorecard", "zh-CN").contains("<td>30 × 出库量 ÷ 销售量<details class=\"formula\">"))
        #expect(try Self.html("logistics-monthly", "scorecard", "en").contains("<td>30 × outbound quantity ÷ sales quantity<details"))
        #expect(try Self.html("ops-assessment", "scorecard", "zh-CN").contains("<td>自评分 × 20% + 主管评分 × 60% + 上级复核评分 × 20%<br>自评 20%、主管评分 60%、上级复核 20%</td>"))
        #expect(try Self.html("ops-assessment", "scorecard", "en").contains("<td>Self rating × 20% + Manager&#39;s rating × 60% + Second-level rating × 20%<br>"))
    }

    @Test("grades: the coefficient formula in words")
    func grades() throws {
        #expect(try Self.html("logistics-sales", "grades", "zh-CN").contains("<p>绩效系数：严重违纪为 1 时为 0，否则为 等级系数</p>"))
        #expect(try Self.html("logistics-sales", "grades", "en").contains("<p>Coefficient: 0 if serious violation is 1, otherwise grade coefficient</p>"))
    }

    @Test("rate tables: the table's display name, empty and all-zero columns left out")
    func rateTables() throws {
        let zh = try Self.html("cs-pay", "tables", "zh-CN")
        #expect(zh.contains("<caption>费率表：个人销售提成比例</caption>"))
        #expect(zh.contains("<td>&gt; 10,000</td><td class=\"num\">4.5%</td><td class=\"num\">300</td>"))
        #expect(try Self.html("ops-pay", "tables", "en").contains("<caption>Rate tables: Commission rates (Minimum amount 10,000)</caption>"))
        #expect(!(try Self.html("ops-pay", "tables", "zh-CN")).contains("速算额"))
    }

    @Test("ladder requirements in words")
    func ladder() throws {
        #expect(try Self.html("cs-badges", "ladder", "zh-CN").contains("入职满 2 个月<br>在岗月数达到 2<details"))
        #expect(try Self.html("cs-badges", "ladder", "en").contains("2 months in the company<br>Months of service at least 2<details"))
    }

    @Test("streaks: grade names, months, reward as money")
    func streaks() throws {
        #expect(try Self.html("grades", "streaks", "zh-CN").contains("<td>连续三个月优秀</td><td>优秀</td><td class=\"num\">3</td><td>¥200.00</td>"))
        #expect(try Self.html("grades", "streaks", "en").contains("<td>Excellent three months running</td><td>Excellent</td><td class=\"num\">3</td><td>¥200.00</td>"))
    }

    @Test("pay items: conditions and money in words, months by name")
    func pay() throws {
        let zh = try Self.html("ops-pay", "pay", "zh-CN")
        #expect(zh.contains("<td>全勤时为 全勤奖金额，否则为 ¥0<details"))
        #expect(zh.contains("<td>¥50 × 工龄<details"))
        #expect(zh.contains("<td>当月销售额按销售提成比例分段累进计算<details"))
        let en = try Self.html("ops-pay", "pay", "en")
        #expect(en.contains("<td>Full-attendance bonus if full attendance, otherwise ¥0<details"))
        #expect(en.contains("<td>¥50 × years of service<details"))
    }

    @Test("eligibility: when a person is not assessed")
    func eligibility() throws {
        #expect(try Self.html("grades", "eligibility", "zh-CN").contains("<td>在岗不满一个月</td><td>在岗月数低于 1<details"))
        #expect(try Self.html("grades", "eligibility", "en").contains("<td>Less than one month in post</td><td>Months of service under 1<details"))
    }

    @Test("alerts: the condition in words")
    func alerts() throws {
        #expect(try Self.html("cs-pay", "alerts", "zh-CN").contains("<td>顾客投诉次数达到 3<details"))
        #expect(try Self.html("cs-pay", "alerts", "en").contains("<td>Customer complaints at least 3<details"))
    }

    @Test("a formula without words falls back to the formula with display names")
    func fallback() throws {
        let zh = try Self.tables("ops-pay", "zh-CN").words
        #expect(zh.phrase("CLAMP(sales, 0, 100)") == "CLAMP(当月销售额, 0, 100)")
        #expect(zh.phrase("ABS(score - PREV(score)) > 20% * PREV(score)") == "(考核得分 − 上月考核得分)的绝对值超过 20% × 上月考核得分")
        let en = try Self.tables("ops-pay", "en").words
        #expect(en.phrase("SUM(sales, dept.shared_sales)") == "SUM(monthly sales, the department's shared sales)")
        #expect(en.phrase("AVG_LAST(sales, 3) >= 1000 OR NOT(assessed)") == "the average monthly sales of the last 3 months at least 1,000 or not (assessed)")
    }
}
