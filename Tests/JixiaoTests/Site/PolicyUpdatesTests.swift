import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// The policy index lists every policy version by effective month (issue 15, "what changed").
@Suite("Policy updates")
struct PolicyUpdatesTests {
    @Test("制度更新 lists each version, newest month first, linking later versions to their notes")
    func updatesList() throws {
        let zh = try #require(try PolicySearchTests.build().text("policies/index.html"))
        let section = try #require(zh.range(of: "<h2 id=\"h-updates\">制度更新</h2>").map { zh[$0.lowerBound...] })
        #expect(section.contains("<a href=\"ops-pay.html#h-versions\">电商运营专员薪酬办法</a> <span class=\"muted\">全勤奖由每月 200 元提高到 300 元</span>"))
        #expect(section.contains("<a href=\"ops-pay.html\">电商运营专员薪酬办法</a> <span class=\"muted\">首次生效</span>"))
        let later = try #require(section.range(of: "ops-pay.html#h-versions")), first = try #require(section.range(of: "ops-pay.html\""))
        #expect(later.lowerBound < first.lowerBound)
        let page = try #require(try PolicySearchTests.build().text("policies/ops-pay.html"))
        #expect(page.contains("id=\"h-versions\""))
        let en = try #require(try PolicySearchTests.build(locale: "en").text("policies/index.html"))
        #expect(en.contains("<h2 id=\"h-updates\">Policy updates</h2>") && en.contains("First in force"))
    }
}
