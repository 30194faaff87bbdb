import Foundation
import Mustache
import Testing
@testable import JixiaoCore
@testable import JixiaoSite

/// The compiled templates render what swift-mustache renders, byte for byte, and report the
/// same missing names.
@Suite("Compiled templates")
struct CompiledTemplateTests {
    static func table(rows: Int) -> TableView {
        var table = TableView(
            id: "t", caption: "Cap <1>", headers: [], rows: [], csvHref: "t.csv", hasCSV: true, filterable: false, emptyText: "none",
            isEmpty: rows == 0)
        table.shownRows = rows
        table.html = "<table data-x='1'></table>"
        return table
    }

    static func person() -> PersonPage {
        let chrome = Chrome(
            lang: "zh-CN", root: "../", pageType: "person", title: "张伟 & co", siteTitle: "绩效", company: "禾鲸",
            nav: [NavLink(label: "首页", href: "../index.html", current: true, note: ""), NavLink(label: "A<b>", href: "a.html", current: false, note: "n")],
            t: ["trend": "趋势", "sep": "：", "q": "\"quoted\""], edition: "管理版", managers: true, loadsSearchIndex: false)
        return PersonPage(
            chrome: chrome, name: "<b>\"张伟\" & 'x'</b>",
            facts: [Fact("工号", "E001"), Fact("部门", "客服", href: "d.html")],
            monthLabel: "2026年11月", currentSummary: "", trendChart: "<svg/>", history: table(rows: 3), items: table(rows: 0),
            hasLadder: true, ladderName: "徽章", level: "银", nextLevel: "", missing: ["a", "<b>"], allMet: false, streaks: [],
            hasStreaks: false, hasPay: false, pay: table(rows: 0), payTotal: "1,000")
    }

    /// Templates that exercise every rule the compiled renderer copies from swift-mustache.
    static let cases: [String] = [
        "<h1>{{name}}</h1>\n{{{trendChart}}}|{{& trendChart}}|{{chrome.title}}|{{ chrome.t.trend }}",
        "{{#facts}}\n  {{label}}: {{#hasHref}}<a href=\"{{href}}\">{{value}}</a>{{/hasHref}}{{^hasHref}}{{value}}{{/hasHref}}\n{{/facts}}\n",
        "<ul>\n  {{> item}}\n</ul>\n",
        "<ul>\n\t{{> item}} tail\n  {{> item}}\n</ul>",
        "a {{! inline }} b\n  {{! standalone }}\nc\n{{!\nmulti\nline\n}}\nd",
        "{{=<% %>=}}\n<% name %>|<%={{ }}=%>{{name}}",
        "{{^missing}}none{{/missing}}{{^streaks}}no streaks{{/streaks}}{{^hasPay}}nopay{{/hasPay}}{{^name}}x{{/name}}{{^nextLevel}}empty{{/nextLevel}}",
        "{{#missing}}[{{.}}]{{/missing}}{{#streaks}}{{.}}{{/streaks}}{{#nextLevel}}!{{/nextLevel}}{{#name}}{{.}}{{/name}}",
        "{{#facts}}{{chrome.title}}{{label}}{{.label}}{{/facts}}{{#chrome}}{{lang}} {{#nav}}{{label}}{{title}}{{/nav}}{{/chrome}}",
        "{{% CONTENT_TYPE: TEXT }}{{name}}\n{{% CONTENT_TYPE: HTML }}\n{{name}}{{#facts}}{{% CONTENT_TYPE: TEXT }}{{value}}{{/facts}}{{name}}",
        "{{#history}}{{shownRows}} {{isEmpty}} {{hasCSV}} {{{html}}}{{/history}}{{#items}}{{shownRows}}{{/items}}{{hasLadder}}",
        "  {{#hasLadder}}  \n x\n  {{/hasLadder}}  \n  {{#hasPay}}\n y\n  {{/hasPay}}\nend  {{#hasLadder}}\nz{{/hasLadder}} {{#hasLadder}}\n{{/hasLadder}}",
        "a\r\n{{#facts}}\r\n{{label}}\r\n{{/facts}}\r\nb\r\n  {{> item}}\r\nc",
        "{{#chrome.t}}{{trend}}{{sep}}{{q}}{{/chrome.t}}{{#chrome.nav}}{{#current}}*{{/current}}{{note}}{{/chrome.nav}}",
        // (`{{.}}` at the top level is left out: swift-mustache shows its wrapper, `MissTracker`.)
        "{{#name}}{{.}}{{}}{{/name}}{{#chrome}}{{#t}}{{.trend}}{{/t}}{{/chrome}}",
        "{{#facts}}{{nonsense}}{{/facts}}{{other}}{{chrome.nothing}}{{.nothere}}",
        "{ {{name}} }} { {{!a}}b}}",
        "x{{#hasLadder}}\n{{/hasLadder}}  {{#hasLadder}}\ny\n{{/hasLadder}}",
    ]

    static let item = "{{#chrome.nav}}<li>{{label}}</li>\n{{/chrome.nav}}{{#facts}}\n  - {{value}}\n{{/facts}}"

    @Test("each case renders the same bytes and misses as swift-mustache", arguments: cases.indices)
    func sameAsMustache(index: Int) throws {
        let templates = try TemplateSet.load(
            base: MemoryFileSystem(["page.mustache": Self.cases[index], "item.mustache": Self.item]),
            baseLabel: "site-templates/", override: nil, overrideLabel: "")
        #expect(templates.compiled != nil)
        let model = Self.person()
        let (compiled, misses) = try templates.rendered(model, template: "page")
        let tracker = MissTracker(model)
        let expected = templates.library.render(tracker, withTemplate: "page")
        #expect(compiled == expected)
        #expect(misses == tracker.misses)
    }

    @Test("the project's own templates render the same bytes as swift-mustache")
    func ownTemplates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../site-templates").standardized
        let templates = try TemplateSet.load(base: LocalFileSystem(root: root.path), baseLabel: "site-templates/", override: nil, overrideLabel: "")
        #expect(templates.compiled != nil)
        let model = Self.person()
        let (compiled, _) = try templates.rendered(model, template: "person")
        #expect(compiled == templates.library.render(MissTracker(model), withTemplate: "person"))
        #expect(compiled.contains("&lt;b&gt;&quot;张伟&quot; &amp; &#39;x&#39;&lt;/b&gt;"))
    }

    @Test("each model's switch names every stored property, as reflection would find them")
    func switchesMatchReflection() {
        let page = Self.person()
        let cell = TableView.Cell.text("x", href: "y")
        let models: [any TemplateFields] = [
            page, page.chrome, page.facts[0], page.chrome.nav[0], page.history, cell, TableView.Row(cells: [cell]),
            DashboardPanel(id: "p", heading: "h", count: 2, table: page.history), LinkGroup(heading: "g", links: page.chrome.nav),
        ]
        for model in models {
            for child in Mirror(reflecting: model).children {
                let label = child.label ?? ""
                #expect(model.field(label) != nil, "\(type(of: model)) does not name \(label)")
            }
            #expect(model.field("nmae") == nil)
        }
    }

    @Test("a template using Mustache the compiler leaves alone is rendered by swift-mustache")
    func fallback() throws {
        let templates = try TemplateSet.load(
            base: MemoryFileSystem(["page.mustache": "{{#facts}}{{label}}{{#first()}}!{{/first()}}{{/facts}}", "item.mustache": "x"]),
            baseLabel: "site-templates/", override: nil, overrideLabel: "")
        #expect(templates.compiled == nil)
        #expect(try templates.render(Self.person(), template: "page") == "工号!部门")
    }
}
