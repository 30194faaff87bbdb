import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// English names of content (issue 15): `title_en`, `summary_en`, `company_en` and policy
/// owners on an English site; the Chinese names where none is given and on a Chinese site.
@Suite("English names of content")
struct EnglishNamesTests {
    @Test("an English site shows the English site title, company, policy titles, summaries and owners")
    func englishSite() throws {
        let output = try DashboardTests.managersEnglish.get()
        let index = try #require(output.text("policies/index.html"))
        #expect(index.contains("<title>Policies · Hejing Youxuan Performance Centre</title>"))
        #expect(index.contains(">Hangzhou Hejing Youxuan E-commerce Co., Ltd.</a>"))
        #expect(index.contains("<a href=\"attendance.html\">Attendance and Dress Code</a>"))
        #expect(index.contains("· Human Resources</span>"))
        #expect(!index.contains("考勤与着装规范") && !index.contains("人力资源部"))
        let page = try #require(output.text("policies/cs-badges.html"))
        #expect(page.contains("<h1>Customer Service Badge Promotion</h1>"))
        let search = try PolicySearchTests.index(output)
        #expect(search.first?["t"] as? String == "Assessment Calendar and Submissions")
        #expect(search.contains { $0["t"] as? String == "Attendance and Dress Code" })
    }

    @Test("a Chinese site keeps the Chinese names; a missing English name falls back to the Chinese one")
    func fallback() throws {
        let zh = try #require(try DashboardTests.managers.get().text("policies/index.html"))
        #expect(zh.contains("<a href=\"attendance.html\">考勤与着装规范</a>") && !zh.contains("Attendance and Dress Code"))
        var content = try ContentLoader(fileSystem: LocalFileSystem(root: ExampleCompanyTests.contentRoot)).loadOrThrow()
        content.settings.titleEN = nil
        content.policies[0].titleEN = nil
        content.policies[0].summaryEN = nil
        let en = Localization(locale: "en", strings: [:])
        let named = content.named(in: en)
        #expect(named.settings.title == "禾鲸优选绩效中心" && named.settings.company == "Hangzhou Hejing Youxuan E-commerce Co., Ltd.")
        #expect(named.policies[0].title == content.policies[0].title && named.policies[0].summary == content.policies[0].summary)
        #expect(named.policies[1].title == content.policies[1].titleEN)
        let same = content.named(in: Localization(locale: "zh-CN", strings: [:]))
        #expect(same.policies.map(\.title) == content.policies.map(\.title) && same.settings.company == content.settings.company)
    }
}
