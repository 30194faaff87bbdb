import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Rule tables in words (issue 15): months by name, thresholds grouped, empty columns left
/// out, grade names, formulas collapsed — in both languages.
@Suite("Rule tables in words")
struct RuleWordsTests {
    static let zh = Localization(
        locale: "zh-CN",
        strings: [
            "month_names_long": "1 2 3 4 5 6 7 8 9 10 11 12", "every_year_months": "每年 {months} 月",
            "list_separator": "、", "every_month": "每月", "formula_details": "公式",
        ])
    static let en = Localization(
        locale: "en",
        strings: [
            "month_names_long": "January February March April May June July August September October November December",
            "every_year_months": "every {months}", "list_separator": ", ", "every_month": "Every month", "formula_details": "Formula",
        ])

    @Test func monthsByName() {
        #expect(RuleTables(rules: RuleSet(), loc: Self.zh).monthsText([12]) == "每年 12 月")
        #expect(RuleTables(rules: RuleSet(), loc: Self.zh).monthsText([6, 12]) == "每年 6、12 月")
        #expect(RuleTables(rules: RuleSet(), loc: Self.en).monthsText([12]) == "every December")
        #expect(RuleTables(rules: RuleSet(), loc: Self.en).monthsText([]) == "Every month")
    }

    @Test func thresholdsAndColumns() throws {
        let tables = RuleTables(rules: RuleSet(), loc: Self.en)
        #expect(
            tables.boundText(RateBracket(lower: try #require(DecimalNumber(parsing: "20000")), inclusive: false, rate: .zero, fixed: .zero))
                == "> 20,000")
        #expect(
            tables.boundText(RateBracket(lower: try #require(DecimalNumber(parsing: "0.5")), inclusive: true, rate: .zero, fixed: .zero))
                == "≥ 0.5")
        #expect(RuleTables.shownColumns([["> 0", "1%", "0", ""], ["> 10", "2%", "0", ""]], count: 4, keep: [0]) == [0, 1])
        #expect(tables.formula("A > 1") == "<details class=\"formula\"><summary>Formula</summary><code>A &gt; 1</code></details>")
    }

    @Test("the example's pay and commission rules read in words, in Chinese and English")
    func examplePages() throws {
        let zh = try PolicySearchTests.build()
        let pay = try #require(zh.text("policies/cs-pay.html"))
        #expect(pay.contains("<td>每年 12 月</td>"))
        #expect(
            pay.contains(
                "<details class=\"formula\"><summary>公式</summary><code>5000 * position_coefficient * IFBLANK(AVG_LAST(coefficient, 12), 0)</code></details>"
            ))
        let ops = try #require(zh.text("policies/ops-pay.html"))
        #expect(ops.contains("&gt; 20,000"))
        #expect(!ops.contains("速算额") && !ops.contains("<th scope=\"col\">数值</th>"))
        #expect(!ops.contains("<td><code>PROGRESSIVE"))
        let en = try PolicySearchTests.build(locale: "en")
        #expect(try #require(en.text("policies/cs-pay.html")).contains("<td>every December</td>"))
    }
}
