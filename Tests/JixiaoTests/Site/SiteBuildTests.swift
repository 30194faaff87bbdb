import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Builds of the example company: audiences, page content, links, atomic replacement,
/// template errors, determinism.
@Suite("Site build", .serialized)
struct SiteBuildTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let content = repo.appendingPathComponent("content").path
    static let templates = repo.appendingPathComponent("site-templates").path

    static func temporary(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jixiao-test-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        TestFiles.remove(dir.path)
        return dir.path
    }

    static func build(_ name: String, audience: Audience = .managers, locale: String? = nil, content: String = content) throws -> String {
        let out = temporary(name)
        _ = try SiteBuilder(
            options: SiteOptions(
                contentFolder: content, templatesFolder: templates, output: out,
                audience: audience, locale: locale)
        ).build(progress: BuildProgress(quiet: true))
        return out
    }

    /// Built once and shared by the read-only tests.
    static let managers = Result { try build("managers") }

    static func files(in dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    static func read(_ dir: String, _ path: String) throws -> String {
        try String(contentsOfFile: dir + "/" + path, encoding: .utf8)
    }

    /// The CSV downloads embedded in a page's links (`data:text/csv;…;base64,…`), decoded.
    static func inlineCSVs(_ html: String) -> [(name: String, text: String)] {
        let pattern = try! NSRegularExpression(
            pattern: "href=\"data:text/csv;charset=utf-8;base64,([A-Za-z0-9+/=]*)\" download=\"([^\"]+)\"")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { m in
            guard let b = Range(m.range(at: 1), in: html), let n = Range(m.range(at: 2), in: html),
                let data = Data(base64Encoded: String(html[b]))
            else { return nil }
            return (String(html[n]), String(decoding: data, as: UTF8.self))
        }
    }

    @Test("small tables carry their CSV in the link, person tables have theirs made from the table; large ones are files in downloads/")
    func csvDownloads() throws {
        let site = try Self.managers.get()
        // E0304's pay statement (2026-11): commission 6,800 on 135,000 of sales; made in the
        // browser from the table (CompactTableTests.csvFromHTML is jixiao.js's rule), with BOM and CRLF.
        let page = try Self.read(site, "people/e0304.html")
        let start = try #require(page.range(of: "<table class=\"data n3\" id=\"pay\""))
        let end = try #require(page.range(of: "</table>", range: start.upperBound..<page.endIndex))
        let pay = try CompactTableTests.csvFromHTML(String(page[start.lowerBound..<end.upperBound]))
        #expect(pay.hasPrefix("\u{FEFF}项目,类型,金额\r\n"))
        #expect(pay.contains("\r\n销售提成,应发,6800\r\n"))
        #expect(page.contains("href=\"#history\" download=\"person-e0304-history.csv\" data-csv>"))
        #expect(!FileManager.default.fileExists(atPath: site + "/downloads/person-e0304-pay.csv"))
        // The home page's tables are shown whole: their CSVs are made from the tables too (issue 14).
        let home = try Self.read(site, "index.html")
        #expect(home.contains("data-csv>") && !home.contains("data:text/csv"))
        // No embedded CSV is larger than the limit; every file download exists.
        for path in Self.files(in: site) where path.hasSuffix(".html") {
            for csv in try Self.inlineCSVs(Self.read(site, path)) {
                #expect(csv.text.utf8.count <= TableView.inlineCSVLimit, "\(path): \(csv.name)")
                #expect(csv.text.hasPrefix("\u{FEFF}"))
            }
        }
    }

    @Test("every page type is written, with the page type the contract names")
    func pageTypes() throws {
        let site = try Self.managers.get()
        let expected = [
            "index.html": "home", "departments/ops/index.html": "department", "people/e0304.html": "person",
            "2026/11/index.html": "period", "2026/q4/index.html": "period", "2026/index.html": "period",
            "leaderboards/index.html": "leaderboard", "policies/index.html": "policy-index",
            "policies/ops-pay.html": "policy", "alerts/index.html": "alerts", "search/index.html": "search", "404.html": "not-found",
        ]
        for (path, type) in expected {
            #expect(try Self.read(site, path).contains("<meta name=\"jixiao-page-type\" content=\"\(type)\">"), "\(path)")
        }
        for path in [
            "robots.txt", "sitemap.xml", "assets/search-index.js", "assets/jixiao.css", "assets/jixiao.js", "data/results/index.json", "data/results/2026-11.json", "data/results/2026-Q4.json",
            "downloads/payroll-2026-11.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: site + "/" + path), "\(path)")
        }
        #expect(try Self.read(site, "robots.txt") == "User-agent: *\nDisallow: /\n")
    }

    @Test("a person's page shows the month's pay statement, items and badge")
    func personPage() throws {
        let site = try Self.managers.get()
        // E0304 in 2026-11: sales 135,000 → commission 6,800 (see the ops-pay rules test).
        let page = try Self.read(site, "people/e0304.html")
        #expect(page.contains("¥6,800.00"))
        #expect(page.contains("data-value=\"6800\""))
        #expect(page.contains("<h1>钟浩宇</h1>"))
        // E0105 (customer service) has a badge ladder section.
        #expect(try Self.read(site, "people/e0105.html").contains("id=\"h-badge\""))
        // The payroll CSV starts with a byte-order mark and has E0304's total.
        let payroll = try Data(contentsOf: URL(fileURLWithPath: site + "/downloads/payroll-2026-11.csv"))
        #expect(Array(payroll.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: payroll, as: UTF8.self).contains("E0304,"))
    }

    @Test("every relative link and asset resolves from every page")
    func links() throws {
        let site = try Self.managers.get()
        let pattern = try NSRegularExpression(pattern: "(?:href|src)=\"([^\"#?]*)(?:#[^\"]*)?\"")
        var broken: [String] = []
        for path in Self.files(in: site) where path.hasSuffix(".html") {
            let html = try Self.read(site, path)
            let base = URL(fileURLWithPath: site + "/" + path).deletingLastPathComponent()
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                guard let r = Range(match.range(at: 1), in: html) else { continue }
                let target = String(html[r])
                if target.isEmpty || target.hasPrefix("data:text/csv;") { continue }
                #expect(!target.hasPrefix("/") && !target.contains("://"), "\(path) → \(target)")
                let resolved = base.appendingPathComponent(target).standardizedFileURL.path
                if !FileManager.default.fileExists(atPath: resolved) { broken.append("\(path) → \(target)") }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    @Test("the staff build holds no pay figure and no person page")
    func staffBuild() throws {
        let site = try Self.build("staff", audience: .staff)
        defer { TestFiles.remove(site) }
        let all = Self.files(in: site)
        #expect(!all.contains { $0.hasPrefix("people/") })
        #expect(!all.contains { $0.hasPrefix("data/") })
        #expect(!all.contains { $0.contains("payroll") })
        #expect(!all.contains { $0.hasPrefix("departments/") })
        #expect(all.contains("policies/ops-pay.html"))
        for path in all where path.hasSuffix(".html") || path.hasSuffix(".csv") || path.hasSuffix(".js") {
            let page = try Self.read(site, path)
            let text = page + Self.inlineCSVs(page).map(\.text).joined()
            #expect(!text.contains("工资条"), "\(path)")
            #expect(!text.contains("6,800.00"), "\(path)")
            #expect(!text.contains("钟浩宇"), "\(path) names a person")
        }
        #expect(try !Self.read(site, "assets/search-index.js").contains("\"k\":\"person\""))
    }

    @Test("an error mid-build leaves the previous site untouched")
    func atomicReplacement() throws {
        let out = try Self.build("atomic")
        defer { TestFiles.remove(out) }
        let before = try Self.read(out, "index.html")
        // A content copy whose person template uses a name the page model does not have.
        let broken = Self.temporary("broken-content")
        try FileManager.default.copyItem(atPath: Self.content, toPath: broken)
        defer { TestFiles.remove(broken) }
        try FileManager.default.createDirectory(atPath: broken + "/templates", withIntermediateDirectories: true)
        let person = try String(contentsOfFile: Self.templates + "/person.mustache", encoding: .utf8)
        try person.replacingOccurrences(of: "<h1>{{name}}</h1>", with: "<h1>{{nmae}}</h1>")
            .write(toFile: broken + "/templates/person.mustache", atomically: true, encoding: .utf8)
        do {
            _ = try SiteBuilder(options: SiteOptions(contentFolder: broken, templatesFolder: Self.templates, output: out))
                .build(progress: BuildProgress(quiet: true))
            Issue.record("the build should fail")
        } catch {
            let first = try #require(error.diagnostics.first)
            #expect(first.location.file == "content/templates/person.mustache")
            #expect(first.location.line == 4)  // line 1 is the theme version line
            #expect(first.message.contains("\"nmae\""))
        }
        #expect(try Self.read(out, "index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: out).deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".jixiao-test-atomic") }
        #expect(leftovers.isEmpty)
    }

    @Test("a missing partial is an error with the template's line")
    func missingPartial() throws {
        let broken = Self.temporary("partial-content")
        try FileManager.default.copyItem(atPath: Self.content, toPath: broken)
        defer { TestFiles.remove(broken) }
        try FileManager.default.createDirectory(atPath: broken + "/templates", withIntermediateDirectories: true)
        try "{{> header}}\n<main id=\"main\">\n{{> sidebar}}\n</main>\n{{> footer}}\n".write(
            toFile: broken + "/templates/simple.mustache", atomically: true, encoding: .utf8)
        #expect {
            _ = try Self.build("partial", content: broken)
        } throws: { error in
            guard let e = error as? DiagnosticError, let d = e.diagnostics.first else { return false }
            return d.location == SourceLocation(file: "content/templates/simple.mustache", line: 3) && d.message.contains("\"sidebar\"")
        }
    }

    @Test("the same input gives byte-identical output; English is translated")
    func deterministic() throws {
        let site = try Self.managers.get()
        let again = try Self.build("again")
        defer { TestFiles.remove(again) }
        let a = Self.files(in: site), b = Self.files(in: again)
        #expect(a == b)
        for path in a where !(FileManager.default.contentsEqual(atPath: site + "/" + path, andPath: again + "/" + path)) {
            Issue.record("\(path) differs between two builds")
        }
        let en = try Self.build("en", locale: "en")
        defer { TestFiles.remove(en) }
        let home = try Self.read(en, "index.html")
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("Top performers"))
        #expect(try Self.read(en, "people/e0304.html").contains("Nov 2026"))
    }
}
