import Foundation
import Mustache
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Templates")
struct TemplateTests {
    static func table() -> TableView {
        TableView(id: "t", caption: "", headers: [], rows: [], csvHref: "", hasCSV: false, filterable: false, emptyText: "", isEmpty: true)
    }

    static func person() -> PersonPage {
        let chrome = Chrome(
            lang: "zh-CN", root: "../", pageType: "person", title: "张伟", siteTitle: "绩效", company: "禾鲸", nav: [],
            t: [:], edition: "", managers: true, loadsSearchIndex: false)
        return PersonPage(
            chrome: chrome, name: "<b>\"张伟\" & 'x'</b>", facts: [], monthLabel: "", currentSummary: "", trendChart: "",
            history: table(), items: table(), hasLadder: false, ladderName: "", level: "", nextLevel: "", missing: [],
            allMet: false, streaks: [], hasStreaks: false, hasPay: false, pay: table(), payTotal: "")
    }

    @Test("the person page names every field it has (no reflection at render time)")
    func personFields() {
        let page = Self.person()
        for child in Mirror(reflecting: page).children {
            let label = child.label ?? ""
            #expect(page.child(named: label) != nil, "PersonPage.child(named:) misses \(label)")
        }
        #expect(page.child(named: "nmae") == nil)
    }

    @Test("values are HTML-escaped; a name the model lacks is an error")
    func escaping() throws {
        let templates = try TemplateSet.load(
            base: MemoryFileSystem(["person.mustache": "<h1>{{name}}</h1>\n{{{trendChart}}}|{{chrome.title}}"]),
            baseLabel: "site-templates/", override: nil, overrideLabel: "")
        let html = try templates.render(Self.person(), template: "person")
        #expect(html == "<h1>&lt;b&gt;&quot;张伟&quot; &amp; &#39;x&#39;&lt;/b&gt;</h1>\n|张伟")
        let broken = try TemplateSet.load(
            base: MemoryFileSystem(["person.mustache": "<h1>{{nmae}}</h1>"]),
            baseLabel: "site-templates/", override: nil, overrideLabel: "")
        #expect(throws: DiagnosticError.self) { try broken.render(Self.person(), template: "person") }
    }
}
