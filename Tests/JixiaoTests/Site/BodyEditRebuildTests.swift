import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 14 item 3: when only policy bodies changed, a rebuild renders the bodies, the policy
/// pages and the search index and hard-links every other file from the previous site — and
/// the site is byte for byte the one a full build of the edited content makes (every file,
/// the manifest and the policy shells included).
@Suite("Rebuilds after an edit of policy bodies", .serialized)
struct BodyEditRebuildTests {
    typealias Files = [String: Data]

    /// One edit: a name and what it does to the content.
    struct Edit: Sendable {
        var name: String
        var apply: @Sendable (inout Files) throws -> Void
    }

    /// Replaces `old` (which must be there) by `new` in a content file.
    static func replace(_ path: String, _ old: String, _ new: String) -> Edit {
        Edit(name: "\(path): \(old) → \(new)") { files in
            let text = String(decoding: try #require(files[path]), as: UTF8.self)
            try #require(text.contains(old), "\(path) holds \(old)")
            files[path] = Data(text.replacingOccurrences(of: old, with: new).utf8)
        }
    }

    /// Appends text to a content file.
    static func append(_ path: String, _ text: String) -> Edit {
        Edit(name: "\(path) + \(text)") { files in files[path, default: Data()].append(Data(text.utf8)) }
    }

    /// A build of `files` into `folder` (workbooks off, for speed): its summary, progress lines and output.
    static func build(
        _ files: Files, into folder: String, locale: String? = nil, link: (@Sendable (String, String) -> Int32)? = nil
    ) throws -> (BuildSummary, [String], OutputFolder) {
        var options = SiteOptions(
            contentFolder: SiteBuildTests.content, templatesFolder: SiteBuildTests.templates, output: folder, locale: locale)
        options.workbooks = false
        options.generator = "test"
        let output = link.map { OutputFolder(output: folder, link: $0) } ?? OutputFolder(output: folder)
        let progress = BuildProgress(quiet: true)
        let summary = try SiteBuilder(
            options: options, content: MemoryFileSystem(data: files), templates: LocalFileSystem(root: SiteBuildTests.templates),
            output: output
        ).build(progress: progress)
        return (summary, progress.lines, output)
    }

    /// Builds `base`, then applies each edit in turn and rebuilds the same folder; each
    /// rebuild must take the bodies-only path, write nothing but policy pages and the search
    /// index, and leave exactly the files a full build of the same content into an empty
    /// folder makes.
    static func check(_ base: Files, _ edits: [Edit], locale: String? = nil) throws {
        let scratch = try CLIRunner.scratch("body-edit")
        defer { TestFiles.remove(scratch) }
        var files = base
        let (first, _, _) = try build(files, into: scratch + "/site", locale: locale)
        #expect(first.reused == 0)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site")[SiteManifest.shellsFileName] != nil)
        for (n, edit) in edits.enumerated() {
            try edit.apply(&files)
            let (summary, lines, output) = try build(files, into: scratch + "/site", locale: locale)
            #expect(lines.contains { $0.contains("(bodies-only rebuild)") }, "\(edit.name): the bodies-only rebuild ran")
            #expect(output.fresh.allSatisfy { $0.hasPrefix("policies/") || $0 == PolicyShells.searchPath }, "\(edit.name): \(output.fresh)")
            let (full, fullLines, _) = try build(files, into: scratch + "/full-\(n)", locale: locale)
            #expect(!fullLines.contains { $0.contains("(bodies-only rebuild)") })
            #expect(summary.files == full.files && summary.pages == full.pages && summary.bytes == full.bytes)
            #expect(summary.warnings == full.warnings, "\(edit.name): warnings")
            let incremental = try CLIOutputSafetyTests.snapshot(scratch + "/site")
            let fresh = try CLIOutputSafetyTests.snapshot(scratch + "/full-\(n)")
            #expect(Set(incremental.keys) == Set(fresh.keys), "\(edit.name): the same files")
            let differing = incremental.keys.filter { incremental[$0] != fresh[$0] }.sorted()
            #expect(differing.isEmpty, "\(edit.name): bytes differ in \(differing)")
        }
    }

    /// Edits of the example's policy bodies, in the order they are applied.
    static let exampleEdits: [Edit] = [
        append("policies/attendance.md", "\n修订说明：本条款措辞已更新。\n"),
        replace("policies/attendance.md", "## 打卡\n", "## 打卡与补卡\n"),
        // A heading other bodies link to, renamed together with the links.
        Edit(name: "a linked heading renamed") { files in
            for edit in [
                replace("policies/attendance.md", "## 班次与工作时间", "## 班次与上班时间"),
                replace("policies/cs-daily-checks.md", "attendance.md#班次与工作时间", "attendance.md#班次与上班时间"),
                replace("policies/cs-duties.md", "attendance.md#班次与工作时间", "attendance.md#班次与上班时间"),
            ] { try edit.apply(&files) }
        },
        replace("policies/grades.md", "优秀,90 分及以上,明显超出岗位要求", "优秀,90 分及以上,远超岗位要求"),
        // A pipe table: a warning of the body, then gone again.
        append("policies/meetings.md", "\n| 项目 | 分值 |\n|---|---|\n| 出勤 | 10 |\n"),
        replace("policies/meetings.md", "\n| 项目 | 分值 |\n|---|---|\n| 出勤 | 10 |\n", ""),
    ]

    @Test("the example: appended text, headings (one linked from other bodies), a table block, a warning")
    func example() throws {
        try Self.check(try Self.exampleFiles(), Self.exampleEdits)
    }

    @Test("the example's English site: an edited heading and table block")
    func english() throws {
        try Self.check(try Self.exampleFiles(), [Self.exampleEdits[1], Self.exampleEdits[3]], locale: "en")
    }

    @Test("a generated company: appended text, a heading, a table block")
    func generated() throws {
        let generated = try EditionTestSupport.generated()
        let files = Dictionary(uniqueKeysWithValues: try generated.walk("").map { ($0, try generated.read($0)) })
        try Self.check(files, [Self.exampleEdits[0], Self.exampleEdits[1], Self.exampleEdits[3]])
    }

    @Test("an edit of front matter, or a body that breaks another's link, is not a bodies-only rebuild")
    func otherEdits() throws {
        let scratch = try CLIRunner.scratch("body-edit")
        defer { TestFiles.remove(scratch) }
        var files = try Self.exampleFiles()
        _ = try Self.build(files, into: scratch + "/site")
        try Self.replace("policies/attendance.md", "## 打卡\n", "## 打卡与补卡\n").apply(&files)
        try Self.replace("policies/attendance.md", "title: ", "title: 新").apply(&files)
        let (_, lines, _) = try Self.build(files, into: scratch + "/site")
        #expect(!lines.contains { $0.contains("(bodies-only rebuild)") })
        _ = try Self.build(files, into: scratch + "/full")
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == CLIOutputSafetyTests.snapshot(scratch + "/full"))

        let before = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        try Self.replace("policies/attendance.md", "## 班次与工作时间", "## 班次").apply(&files)
        #expect(throws: DiagnosticError.self) { try Self.build(files, into: scratch + "/site") }
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == before)
    }

    @Test("when the previous files cannot be linked, the bodies-only rebuild gives way to a full build")
    func failingLinks() throws {
        let scratch = try CLIRunner.scratch("body-edit")
        defer { TestFiles.remove(scratch) }
        var files = try Self.exampleFiles()
        _ = try Self.build(files, into: scratch + "/site")
        try Self.exampleEdits[0].apply(&files)
        let (summary, lines, _) = try Self.build(
            files, into: scratch + "/site",
            link: { _, _ in
                errno = EXDEV
                return -1
            })
        #expect(!lines.contains { $0.contains("(bodies-only rebuild)") } && summary.reused == 0)
        _ = try Self.build(files, into: scratch + "/full")
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == CLIOutputSafetyTests.snapshot(scratch + "/full"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["full", "site"])
    }

    /// The example content's files.
    static func exampleFiles() throws -> Files {
        let disk = LocalFileSystem(root: SiteBuildTests.content)
        return Dictionary(uniqueKeysWithValues: try disk.walk("").map { ($0, try disk.read($0)) })
    }
}
