import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 14 item 3: rebuilds reuse unchanged files (hard links from the previous site, by the
/// manifest's hashes) and skip the build when the input is unchanged, while publishing stays
/// one atomic swap. The example company, built on the disk into scratch folders.
@Suite("Incremental rebuilds", .serialized)
struct IncrementalBuildTests {
    /// The example content, as bytes by path, with `changes` applied (text appended to a file).
    static func content(appending changes: [String: String] = [:]) throws -> MemoryFileSystem {
        let disk = LocalFileSystem(root: SiteBuildTests.content)
        var files: [String: Data] = [:]
        for path in disk.walk("") { files[path] = try disk.read(path) }
        for (path, text) in changes { files[path, default: Data()].append(Data(text.utf8)) }
        return MemoryFileSystem(data: files)
    }

    /// One build of `content` into `folder` (workbooks off, for speed) and its output.
    static func build(
        _ content: MemoryFileSystem, into folder: String, rebuild: Bool = false, locale: String? = nil,
        link: (@Sendable (String, String) -> Int32)? = nil
    ) throws -> (BuildSummary, OutputFolder) {
        var options = SiteOptions(
            contentFolder: SiteBuildTests.content, templatesFolder: SiteBuildTests.templates, output: folder, locale: locale)
        options.workbooks = false
        options.rebuild = rebuild
        options.generator = "test"
        let output = link.map { OutputFolder(output: folder, link: $0) } ?? OutputFolder(output: folder)
        let summary = try SiteBuilder(
            options: options, content: content, templates: LocalFileSystem(root: SiteBuildTests.templates), output: output
        ).build(progress: BuildProgress(quiet: true))
        return (summary, output)
    }

    @Test("an unchanged rebuild is up to date and writes nothing; --rebuild renders again and reuses every file")
    func unchangedRebuild() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        let content = try Self.content()
        let (first, _) = try Self.build(content, into: scratch + "/site")
        #expect(first.reused == 0 && first.written == first.files && first.files > 300)
        #expect(first.publishing == "\(first.files) files written, 0 reused")
        let site = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        #expect(site[SiteManifest.fileName] != nil)

        let (second, secondOutput) = try Self.build(content, into: scratch + "/site")
        #expect(second.upToDate && second.files == 0 && secondOutput.totals.files == 0)
        #expect(second.publishing.hasPrefix("up to date"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["site"])

        let (third, thirdOutput) = try Self.build(content, into: scratch + "/site", rebuild: true)
        #expect(!third.upToDate && third.files == first.files)
        #expect(third.reused == first.files && third.written == 0 && thirdOutput.fresh.isEmpty)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == site)
    }

    @Test("editing one policy's body writes exactly the files whose bytes change: its page and the search index")
    func policyEdit() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        _ = try Self.build(try Self.content(), into: scratch + "/site")
        let before = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        let edited = try Self.content(appending: ["policies/attendance.md": "\n补充说明：请假需提前一天申请。\n"])
        let (summary, output) = try Self.build(edited, into: scratch + "/site")
        let after = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        // The files whose bytes differ between the two builds, worked out by diffing them.
        let changed = Set(after.keys.filter { before[$0] != after[$0] }).subtracting([SiteManifest.fileName])
        #expect(changed == ["policies/attendance.html", "assets/search-index.js"])
        #expect(Set(output.fresh) == changed)
        #expect(summary.written == 2 && summary.reused == summary.files - 2)
        // The same edit built from scratch gives the same bytes.
        _ = try Self.build(edited, into: scratch + "/fresh")
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/fresh") == after)
    }

    @Test("a live file edited by hand is rewritten, not reused, and the site is not taken as up to date")
    func handEditedFile() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        let content = try Self.content()
        _ = try Self.build(content, into: scratch + "/site")
        let site = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        // One file changed in size, one with the same size but written later than the manifest.
        try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: scratch + "/site/index.html"))
        let robots = scratch + "/site/robots.txt"
        let original = try #require(site["robots.txt"])
        try Data(repeating: UInt8(ascii: "x"), count: original.count).write(to: URL(fileURLWithPath: robots))
        var later = [timeval(tv_sec: Int(Date().timeIntervalSince1970) + 60, tv_usec: 0)]
        later.append(later[0])
        #expect(utimes(robots, later) == 0)

        let (summary, output) = try Self.build(content, into: scratch + "/site")
        #expect(!summary.upToDate)
        #expect(Set(output.fresh) == ["index.html", "robots.txt"])
        #expect(summary.reused == summary.files - 2)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == site)
    }

    @Test("another language is not up to date; building it again is")
    func optionsChange() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        let content = try Self.content()
        _ = try Self.build(content, into: scratch + "/site")
        let (english, _) = try Self.build(content, into: scratch + "/site", locale: "en")
        #expect(!english.upToDate && english.written > 0 && english.reused > 0)
        #expect(english.publishing == "\(english.written) files written, \(english.reused) reused")
        let (again, _) = try Self.build(content, into: scratch + "/site", locale: "en")
        #expect(again.upToDate)
        #expect(again.publishing.hasPrefix("up to date"))
        let (chinese, _) = try Self.build(content, into: scratch + "/site")
        #expect(!chinese.upToDate)
    }

    @Test("when hard links fail (EXDEV), every file is written instead and the site is the same")
    func failingLinks() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        let content = try Self.content()
        _ = try Self.build(content, into: scratch + "/site")
        let site = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        let (summary, output) = try Self.build(
            content, into: scratch + "/site", rebuild: true,
            link: { _, _ in
                errno = EXDEV
                return -1
            })
        #expect(summary.reused == 0 && output.fresh.count == summary.files)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == site)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["site"])
    }

    @Test("a path written twice in one build replaces a reused link without touching the live site")
    func writtenTwice() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        let first = OutputFolder(output: scratch + "/site")
        try first.prepare()
        try first.write("a.html", "same")
        try first.commit()
        let second = OutputFolder(output: scratch + "/site")
        try second.prepare()
        try second.write("a.html", "same")
        #expect(second.reused == 1)
        try second.write("a.html", "changed")
        #expect(try String(contentsOfFile: scratch + "/site/a.html", encoding: .utf8) == "same")
        try second.commit()
        #expect(try String(contentsOfFile: scratch + "/site/a.html", encoding: .utf8) == "changed")
        let manifest = try #require(SiteManifest(text: try String(contentsOfFile: scratch + "/site/" + SiteManifest.fileName, encoding: .utf8)))
        #expect(manifest.files["a.html"] == SiteManifest.Entry(size: 7, hash: ContentHash.of(Array("changed".utf8))))
    }

    @Test("--all-editions reuses every file of each edition folder; --month is up to date on the second build")
    func editionsAndMonth() throws {
        let scratch = try CLIRunner.scratch("incremental")
        defer { TestFiles.remove(scratch) }
        var options = SiteOptions(
            contentFolder: SiteBuildTests.content, templatesFolder: SiteBuildTests.templates, output: scratch + "/editions")
        options.workbooks = false
        let first = try EditionsBuilder(options: options).build(progress: BuildProgress(quiet: true))
        let before = try CLIOutputSafetyTests.snapshot(scratch + "/editions")
        let second = try EditionsBuilder(options: options).build(progress: BuildProgress(quiet: true))
        #expect(second.editions.map(\.edition) == first.editions.map(\.edition) && second.editions.count >= 3)
        for (edition, summary) in second.editions {
            #expect(summary.files > 0 && summary.reused == summary.files, "\(edition.folderName)")
            #expect(FileManager.default.fileExists(atPath: scratch + "/editions/\(edition.folderName)/" + SiteManifest.fileName))
        }
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/editions") == before)

        options.output = scratch + "/october"
        options.month = Month(parsing: "2026-10")
        options.generator = "test"
        let october = try SiteBuilder(options: options).build(progress: BuildProgress(quiet: true))
        #expect(!october.upToDate && october.files > 0)
        #expect(try SiteBuilder(options: options).build(progress: BuildProgress(quiet: true)).upToDate)
        options.month = Month(parsing: "2026-09")
        let september = try SiteBuilder(options: options).build(progress: BuildProgress(quiet: true))
        #expect(!september.upToDate && september.reused > 0 && september.written > 0)
    }
}
