import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// The whole example site built with no disk access: content and templates from memory,
/// the site into a ``MemoryOutput``.
@Suite("Site build in memory")
struct MemoryBuildTests {
    /// Every file under a folder of the disk, copied into an in-memory tree.
    static func memoryCopy(of folder: String) throws -> MemoryFileSystem {
        let disk = LocalFileSystem(root: folder)
        var files: [String: Data] = [:]
        for path in disk.walk("") { files[path] = try disk.read(path) }
        return MemoryFileSystem(data: files)
    }

    @Test("the example site builds entirely in memory, with the same pages and values as on disk")
    func exampleInMemory() throws {
        let content = try Self.memoryCopy(of: SiteBuildTests.content)
        let templates = try Self.memoryCopy(of: SiteBuildTests.templates)
        let output = MemoryOutput()
        // The folder names only label messages: nothing is read from or written to them.
        let options = SiteOptions(
            contentFolder: "/nonexistent/content", templatesFolder: "/nonexistent/templates", output: "/nonexistent/site")
        let summary = try SiteBuilder(options: options, content: content, templates: templates, output: output).build(
            progress: BuildProgress(quiet: true))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/site"))

        let files = output.files
        #expect(files.count == summary.files)
        #expect(files.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".html") }.count == 77)
        let person = try #require(output.text("people/e0304.html"))
        #expect(person.contains("<h1>钟浩宇</h1>"))
        #expect(person.contains("得分 78.94 · 等级 合格"))
        #expect(person.contains("¥6,800.00"))
        #expect(output.text("robots.txt") == "User-agent: *\nDisallow: /\n")
        #expect(files["assets/jixiao.css"] == (try templates.read("assets/jixiao.css")))
        #expect(output.text("sitemap.xml")?.contains("people/e0304.html</loc></url>") == true)
        #expect(output.text("index.html")?.contains("<meta name=\"jixiao-page-type\" content=\"home\">") == true)
    }

    @Test("a failed in-memory build leaves the previous output as it was")
    func failedBuildKeepsOutput() throws {
        var content = try Self.memoryCopy(of: SiteBuildTests.content)
        let templates = try Self.memoryCopy(of: SiteBuildTests.templates)
        let output = MemoryOutput()
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "site", audience: .staff)
        _ = try SiteBuilder(options: options, content: content, templates: templates, output: output).build(
            progress: BuildProgress(quiet: true))
        let before = output.files
        content.files["templates/policy.mustache"] = Data("{{#chrome}}{{nmae}}{{/chrome}}".utf8)
        #expect(throws: DiagnosticError.self) {
            _ = try SiteBuilder(options: options, content: content, templates: templates, output: output).build(
                progress: BuildProgress(quiet: true))
        }
        #expect(output.files == before)
        #expect(!before.isEmpty)
    }

    @Test("the English site takes its separators and script strings from en.yaml: no full-width punctuation of its own")
    func englishSeparators() throws {
        let output = MemoryOutput()
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "site", locale: "en")
        _ = try SiteBuilder(
            options: options, content: try Self.memoryCopy(of: SiteBuildTests.content),
            templates: try Self.memoryCopy(of: SiteBuildTests.templates), output: output
        ).build(progress: BuildProgress(quiet: true))
        let home = try #require(output.text("index.html"))
        #expect(home.contains("<p class=\"lead\">Current month: Nov 2026</p>"))
        let person = try #require(output.text("people/e0304.html"))
        #expect(person.contains("<p class=\"lead\">Nov 2026: Score 78.94"))
        #expect(!home.contains("Current month：") && !person.contains("Nov 2026："))
        let period = try #require(output.text("2026/11/index.html"))
        #expect(period.contains("data-text=\"Showing {shown} of {total} rows\""))
        let search = try #require(output.text("search/index.html"))
        #expect(search.contains("data-text-hits=\"{count} results\""))
        #expect(search.contains("data-kind-person=\"Person\""))
        let script = try #require(output.text("assets/jixiao.js"))
        #expect(!script.contains("显示") && !script.contains("Showing"))
    }
}
