import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoSite

/// Policies written in Chinese (`site.yaml`: `locale: zh-CN`) on the English site: the body,
/// its headings' entries in the table of contents and the notice say which language each
/// part is in, and what the generator adds (the rule tables, their heading and entries) is
/// marked English.
@Suite("Policy body language")
struct PolicyLanguageTests {
    /// `policies/cs-pay.md` places no rule table, so its rules are appended under "Rules",
    /// with its calculators listed under that entry.
    @Test("the English site marks a Chinese body, its table of contents and the added rules")
    func englishSiteMarksChineseBody() throws {
        let en = try #require(try DashboardTests.managersEnglish.get().text("policies/cs-pay.html"))
        #expect(en.contains("<p class=\"body-language\">The text of this policy is in Chinese; its rules and calculators are in English.</p>"))
        #expect(en.contains("<div class=\"policy-body\" lang=\"zh-CN\">"))
        #expect(en.contains("<ul class=\"toc\" lang=\"zh-CN\">\n<li><a href=\"#适用范围\">适用范围</a></li>"))
        #expect(en.contains("<li lang=\"en\"><a href=\"#rule-tables\">Rules</a>"))
        #expect(en.contains("<li lang=\"en\"><a href=\"#calc-cs-commission-bracket-title\">Personal sales commission calculator</a></li>"))
        #expect(en.contains("<section class=\"rule-tables\" aria-labelledby=\"rule-tables\" lang=\"en\">"))
    }

    @Test("the Chinese site, whose policies are in its own language, marks nothing")
    func chineseSiteMarksNothing() throws {
        let zh = try #require(try DashboardTests.managers.get().text("policies/cs-pay.html"))
        #expect(zh.contains("<div class=\"policy-body\">"))
        #expect(zh.contains("<ul class=\"toc\">"))
        #expect(zh.contains("<li><a href=\"#rule-tables\">规则明细</a>"))
        #expect(!zh.contains("body-language") && !zh.contains(" lang=\"en\""))
    }

    /// A table placed by a ```` ```jixiao ```` directive is wrapped in the page's language.
    @Test("a rule table placed in a Chinese body is marked English")
    func placedTableMarked() throws {
        let page = MarkdownPage(file: "policies/a.md", source: "## 计算\n\n```jixiao grades\n```\n", firstLine: 4, url: "a.html")
        let tables = ["policies/a.md": ["grades": "<table class=\"rules\"><caption>Grades</caption></table>"]]
        let languages = try #require(PolicyLanguages.of(content: "zh-CN", page: "en"))
        let (bodies, diagnostics) = SiteContext.renderBodies(
            [page], tables: tables, anchorLabelPrefix: "Link to this section: ", tablesHeading: "Rules", languages: languages)
        #expect(diagnostics.isEmpty)
        let html = try #require(bodies[0]?.html)
        #expect(html.contains("<div lang=\"en\"><table class=\"rules\"><caption>Grades</caption></table></div>"))
        #expect(!html.contains("rule-tables"))
        #expect(PolicyLanguages.of(content: "zh-CN", page: "zh") == nil)
        #expect(PolicyLanguages.of(content: "en", page: "zh-CN") == PolicyLanguages(body: "en", page: "zh-CN"))
    }
}
