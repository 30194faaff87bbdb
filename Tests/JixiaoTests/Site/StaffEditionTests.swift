import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// The staff edition with leaderboards switched on (issue 15, item 5): only what
/// `staff_leaderboard:` allows — by default the top 10 per board, no grade below 合格, no
/// not-assessed names or reasons — and never a pay figure.
@Suite("Staff edition leaderboards")
struct StaffEditionTests {
    /// The example built for staff with `staff_leaderboards: true` and `extra` added to site.yaml.
    static func build(_ extra: String = "") throws -> MemoryOutput {
        var content = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.content)
        let site = String(decoding: try content.read("site.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "staff_leaderboards: false", with: "staff_leaderboards: true") + extra
        content.files["site.yaml"] = Data(site.utf8)
        let output = MemoryOutput()
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "site", audience: .staff)
        _ = try SiteBuilder(
            options: options, content: content, templates: try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates), output: output
        ).build(progress: BuildProgress(quiet: true))
        return output
    }

    /// The body rows of the table with `id` on a page.
    static func rows(_ html: String, table id: String) -> [String] {
        guard let start = html.range(of: "id=\"\(id)\""), let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<tr>").dropFirst(2).map { String($0) }
    }

    @Test("defaults: at most 10 rows, no grade below 合格, no not-assessed names or reasons, no pay")
    func defaults() throws {
        let site = try Self.build()
        let boards = site.files.keys.filter { $0.hasPrefix("leaderboards/") && $0.hasSuffix(".html") && $0 != "leaderboards/index.html" }
        #expect(boards.count > 3)
        var shown = 0
        for path in boards {
            let html = try #require(site.text(path))
            let ranking = Self.rows(html, table: "ranking")
            shown += ranking.count
            #expect(ranking.count <= 10, "\(path)")
            #expect(!ranking.contains { $0.contains("待改进") || $0.contains("不合格") }, "\(path)")
            #expect(Self.rows(html, table: "ranking-apart").allSatisfy { $0.contains("员工版不公开") }, "\(path)")
            #expect(!html.contains("¥"), "\(path) shows money")
        }
        #expect(shown > 0)
        // The company board of the month in the managers' edition has people graded below 合格
        // and reasons; the staff edition has neither, and no CSV of the not-assessed list.
        #expect(!site.files.keys.contains { $0.contains("not-assessed") })
        for (path, data) in site.files where path.hasSuffix(".csv") || path.hasSuffix(".html") || path.hasSuffix(".js") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("工资条") && !text.contains("6,800.00"), "\(path)")
            if path.hasPrefix("leaderboards/") { #expect(!text.contains("在岗不满一个月</td>"), "\(path) gives a not-assessed reason") }
        }
    }

    @Test("site.yaml may widen it: every grade and the reasons, or narrow it to the top 3")
    func widened() throws {
        let site = try Self.build("\nstaff_leaderboard:\n  top: 1000\n  min_grade: fail\n  not_assessed_reasons: true\n")
        let boards = site.files.keys.filter { $0.hasPrefix("leaderboards/") && $0.hasSuffix(".html") }.compactMap { site.text($0) }
        // With every grade allowed some board shows people graded below 合格 — the defaults hid them.
        #expect(boards.contains { page in Self.rows(page, table: "ranking").contains { $0.contains("待改进") || $0.contains("不合格") } })
        #expect(!boards.contains { $0.contains("员工版不公开") })
        let narrow = try Self.build("\nstaff_leaderboard:\n  top: 3\n")
        let pages = narrow.files.keys.filter { $0.hasPrefix("leaderboards/") && $0 != "leaderboards/index.html" }.compactMap { narrow.text($0) }
        #expect(pages.allSatisfy { Self.rows($0, table: "ranking").count <= 3 })
        #expect(pages.contains { Self.rows($0, table: "ranking").count == 3 })
    }

    @Test("a bad staff_leaderboard value is an error with its place")
    func badValue() throws {
        let fs = MemoryFileSystem(["site.yaml": "title: t\ncompany: c\nstaff_leaderboard:\n  top: 0\n"])
        let outcome = ContentLoader(fileSystem: fs).load()
        let d = try #require(outcome.diagnostics.first { $0.message.contains("staff_leaderboard.top") })
        #expect(d.location.file == "site.yaml" && d.location.line == 4)
    }
}
