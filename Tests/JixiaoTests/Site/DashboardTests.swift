import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 19: departments in the nav, breadcrumbs, alert triage, KPI tones, 404 at any depth,
/// phone tables and the print header, checked on the example site built in memory.
@Suite("Dashboards")
struct DashboardTests {
    /// The example site built in memory in `locale`, with `edit` applied to the content first.
    static func build(locale: String? = nil, edit: (inout MemoryFileSystem) -> Void = { _ in }) throws -> MemoryOutput {
        var content = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.content)
        edit(&content)
        let output = MemoryOutput()
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "site", locale: locale)
        _ = try SiteBuilder(
            options: options, content: content, templates: try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates),
            output: output
        ).build(progress: BuildProgress(quiet: true))
        return output
    }

    /// The unedited example site in memory (managers' edition, Chinese), built once per test
    /// process and shared by the tests that only read it.
    static let managers = Result { try build() }
    /// The same in English, built once and shared.
    static let managersEnglish = Result { try build(locale: "en") }

    @Test("a Departments entry in the nav leads to the department tree; breadcrumbs and aria-current on every page")
    func departmentIndexAndBreadcrumbs() throws {
        let output = try Self.build { content in
            let text = String(decoding: content.files["departments.csv"] ?? Data(), as: UTF8.self)
            content.files["departments.csv"] = Data((text + "cs-a,客服一组,CS Team A,cs,\n").utf8)
        }
        let index = try #require(output.text("departments/index.html"))
        #expect(index.contains("<a href=\"../departments/index.html\" aria-current=\"page\">部门</a>"))
        #expect(index.contains("<h1>部门</h1>"))
        #expect(
            index.contains(
                "<td class=\"name tree depth-0\"><a href=\"cs/index.html\">客服部</a></td><td class=\"num\" data-value=\"29\">29</td>"
            ))
        #expect(index.contains("<td class=\"name tree depth-1\"><a href=\"cs-a/index.html\">客服一组</a></td>"))
        #expect(index.range(of: "客服部")!.lowerBound < index.range(of: "客服一组")!.lowerBound)
        #expect(index.range(of: "客服一组")!.lowerBound < index.range(of: ">物流部<")!.lowerBound)
        let group = try #require(output.text("departments/cs-a/index.html"))
        #expect(
            group.contains(
                "<nav class=\"breadcrumbs\" aria-label=\"当前位置\"><ol><li><a href=\"../../index.html\">杭州禾鲸优选电子商务有限公司</a></li>"
                    + "<li><a href=\"../../departments/index.html\">部门</a></li><li><a href=\"../../departments/cs/index.html\">客服部</a></li>"
                    + "<li><span aria-current=\"page\">客服一组</span></li></ol></nav>"))
        let person = try #require(output.text("people/e0304.html"))
        #expect(
            person.contains("<li><a href=\"../departments/ops/index.html\">电商运营部</a></li><li><span aria-current=\"page\">钟浩宇</span></li>"))
        let home = try #require(output.text("index.html"))
        #expect(home.contains("<a href=\"./index.html\" aria-current=\"page\">首页</a>"))
        #expect(!home.contains("class=\"breadcrumbs\""))
        #expect(output.text("2026/10/index.html")?.contains("aria-current=\"page\">期间</a>") == true)
        let en = try Self.managersEnglish.get()
        #expect(en.text("departments/index.html")?.contains("aria-current=\"page\">Departments</a>") == true)
        #expect(en.text("departments/cs/index.html")?.contains("<span aria-current=\"page\">Customer Service</span>") == true)
    }

    @Test("alerts are ordered critical, warning, info, with a label per severity; the distribution message is localized")
    func alertTriage() throws {
        let output = try Self.managers.get()
        let home = try #require(output.text("index.html"))
        let severities = home.components(separatedBy: "<td class=\"severity severity-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(severities.first == "critical")
        #expect(
            severities
                == severities.sorted {
                    ["critical", "warning", "info"].firstIndex(of: $0)! < ["critical", "warning", "info"].firstIndex(of: $1)!
                })
        #expect(home.contains("<td class=\"severity severity-critical\">紧急</td>"))
        #expect(home.contains("<td class=\"severity severity-info\">提示</td>"))
        let alerts = try #require(output.text("alerts/index.html"))
        #expect(alerts.contains("<td class=\"wrap\">优秀 10 人 / 参评 28 人 = 35.7%，上限 20%</td>"))
        #expect(!alerts.contains("in top grades"))
        let en = try #require(try Self.managersEnglish.get().text("alerts/index.html"))
        #expect(en.contains("<td class=\"wrap\">Excellent 10 of 28 assessed = 35.7%, limit 20%</td>"))
        #expect(en.contains("<td class=\"severity severity-warning\">Warning</td>"))
        #expect(!en.contains("参评") && !en.contains("limit 20%，") && !en.contains("in top grades"))
        let css = try #require(output.text("assets/jixiao.css"))
        #expect(css.contains("td.severity-critical::before { content: \"\\25B2\"; }"))
    }

    @Test("KPI changes take their tone from the figure's sense and show absolute and percent")
    func headlineTones() throws {
        let home = try #require(try Self.managers.get().text("index.html"))
        // Alerts: 25 in 2026-10 plus the assessment calendar's 2 late and 1 missing stages = 28, 20 in
        // 2026-11 (issue 13 added major-change alerts; November's stages are not yet due):
        // −8 = −8 ÷ 28 = −28.6%, fewer is good.
        #expect(
            home.contains(
                "<span class=\"headline-change good\" data-direction=\"down\"><span class=\"arrow\" aria-hidden=\"true\">▼</span> 较上月 <span class=\"figure\">−8（−28.6%）</span></span>"
            ))
        // Pay: +36,023.05 plus the example's 59.40 adjustment paid in 2026-11 (adjustments.csv).
        #expect(
            home.contains(
                "<span class=\"headline-change neutral\" data-direction=\"up\"><span class=\"arrow\" aria-hidden=\"true\">▲</span> 较上月 <span class=\"figure\">+¥36,082.45（+7.3%）</span></span>"
            ))
        #expect(
            home.contains(
                "<span class=\"headline-change good\" data-direction=\"up\"><span class=\"arrow\" aria-hidden=\"true\">▲</span> 较上月 <span class=\"figure\">+0.17（+0.2%）</span></span>"
            ))
        let en = try #require(try Self.managersEnglish.get().text("index.html"))
        #expect(en.contains("vs last month <span class=\"figure\">−8 (−28.6%)</span></span>"))
    }

    @Test("the 404 page carries critical CSS and only its root finder as inline script; with base_path its links work at any depth")
    func notFoundAnywhere() throws {
        let page = try #require(try Self.managers.get().text("404.html"))
        #expect(page.contains("<style>\n:root{color-scheme:light dark;"))
        #expect(!page.contains("<script>"))
        #expect(page.components(separatedBy: "<script").count == 2 && page.contains("<script data-jixiao=\"find-root\">"))
        #expect(page.contains("<p><a class=\"home-link\" href=\"./index.html\">首页</a></p>"))
        #expect(!page.contains("href=\"/"))
        let based = try Self.build(locale: "en") { content in
            let text = String(decoding: content.files["site.yaml"] ?? Data(), as: UTF8.self)
            content.files["site.yaml"] = Data(text.replacingOccurrences(of: "base_path: /\n", with: "base_path: /hr/perf\n").utf8)
        }
        let fixed = try #require(based.text("404.html"))
        #expect(fixed.contains("<link rel=\"stylesheet\" href=\"/hr/perf/assets/jixiao.css\">"))
        #expect(fixed.contains("<p><a class=\"home-link\" href=\"/hr/perf/index.html\">Home</a></p>"))
        #expect(!fixed.contains("<script>") && fixed.contains("<style>"))
        #expect(based.text("index.html")?.contains("<style>") == false)
    }

    @Test("names stay whole and stick in scrolling tables; pay pages print a confidential header")
    func phoneAndPrint() throws {
        let output = try Self.managers.get()
        let department = try #require(output.text("departments/cs/index.html"))
        #expect(department.contains("<td class=\"name\"><a href=\"../../people/"))
        let css = try #require(output.text("assets/jixiao.css"))
        #expect(css.contains("table.data th, table.data td { white-space: nowrap; }"))
        #expect(css.contains("table.data td.name, table.data th.name { position: sticky; left: 0;"))
        #expect(css.contains("nav.breadcrumbs, a.anchor, .heading-anchor, .policy-body a.anchor { display: none !important; }"))
        let home = try #require(output.text("index.html"))
        #expect(
            home.contains(
                "<div class=\"print-header\" aria-hidden=\"true\"><span>杭州禾鲸优选电子商务有限公司</span><span>2026年11月</span>"
                    + "<span>管理者版</span><span class=\"confidential\">保密</span></div>"))
        #expect(output.text("policies/index.html")?.contains("print-header") == false)
        let en = try Self.managersEnglish.get()
        #expect(
            en.text("people/e0304.html")?.contains(
                "<span>Nov 2026</span><span>Managers&#39; edition</span><span class=\"confidential\">Confidential</span>") == true)
    }

    @Test("who to reward: one row per person, their reasons together — CS November 2026: 10 excellent, 3 of them also 3 months running")
    func rewardOneRowPerPerson() throws {
        // The CS alert says "优秀 10 人 / 参评 28 人"; a three-month excellent streak that completes in
        // November needs November excellent, so the streak adds reasons, not people: 10 rows (13 before).
        let zh = try #require(try Self.managers.get().text("departments/cs/index.html"))
        #expect(zh.contains("<h2 id=\"h-reward\">值得奖励（10）</h2>"))
        #expect(
            zh.contains(
                "<tr><td class=\"name\"><a href=\"../../people/e0105.html\">李思琪</a></td><td>优秀、连续三个月优秀</td><td class=\"num\" data-value=\"98.045\">得分 98.05</td></tr>"
            ))
        let panel = zh[try #require(zh.range(of: "id=\"reward\"")).lowerBound...]
        let table = panel[..<(try #require(panel.range(of: "</table>"))).lowerBound]
        #expect(table.components(separatedBy: ">李思琪<").count == 2)
        let en = try #require(try Self.managersEnglish.get().text("departments/cs/index.html"))
        #expect(en.contains("<td>Excellent, Excellent three months running</td><td class=\"num\" data-value=\"98.045\">score 98.05</td>"))
    }
}
