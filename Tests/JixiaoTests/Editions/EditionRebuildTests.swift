import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// `--all-editions` with unchanged input does nothing and says so; any change builds again.
@Suite("Editions: up to date", .serialized)
struct EditionRebuildTests {
    /// The inode and modification time of a file (unchanged when nothing rewrote or relinked it).
    static func stamp(_ path: String) throws -> String {
        let info = try FileManager.default.attributesOfItem(atPath: path)
        return "\(info[.systemFileNumber] ?? 0) \((info[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
    }

    @Test("unchanged input: 'up to date', exit 0, nothing rewritten; a separate --edition build of a folder is up to date too")
    func unchanged() throws {
        let scratch = try CLIRunner.scratch("editions-uptodate")
        defer { TestFiles.remove(scratch) }
        let out = scratch + "/out"
        let first = try CLIRunner.run(["build", "content", "-o", out, "--all-editions", "--no-xlsx"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors.contains("jixiao build: 7 editions in "))
        let record = try String(contentsOfFile: out + "/" + EditionsRecord.fileName, encoding: .utf8)
        #expect(EditionsRecord(text: record)?.editions.map(\.folderName) == ["staff", "company", "cs", "logistics", "ops", "sales", "hr"])
        let watched = ["staff/index.html", "company/people/e0201.html", "cs/index.html", "nginx.conf.example", EditionsRecord.fileName]
        let before = try watched.map { try Self.stamp(out + "/" + $0) }

        let second = try CLIRunner.run(["build", "content", "-o", out, "--all-editions", "--no-xlsx"])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.errors.contains("jixiao build: 7 editions up to date: nothing changed since the last build"))
        #expect(!second.errors.contains("==> load content"))
        #expect(try watched.map { try Self.stamp(out + "/" + $0) } == before)

        // Each folder's manifest holds what a build of that one edition would: it is up to date.
        let one = try CLIRunner.run(["build", "content", "-o", out + "/cs", "--edition", "department:cs", "--no-xlsx"])
        #expect(one.status == 0 && one.errors.contains("up to date"), "\(one.errors)")
    }

    @Test("a content change, another language, a missing edition folder or --rebuild builds every edition again")
    func changes() throws {
        let scratch = try CLIRunner.scratch("editions-changes")
        defer { TestFiles.remove(scratch) }
        try FileManager.default.copyItem(atPath: CLIRunner.content, toPath: scratch + "/content")
        let out = scratch + "/out"
        let build = { (extra: [String]) in try CLIRunner.run(["build", scratch + "/content", "-o", out, "--all-editions", "--no-xlsx"] + extra) }
        #expect(try build([]).status == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/content/policies/attendance.md"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n补充说明：请假需提前一天申请。\n".utf8))
        try handle.close()
        let changed = try build([])
        #expect(changed.status == 0 && changed.errors.contains("7 editions in "), "\(changed.errors)")
        #expect(try String(contentsOfFile: out + "/hr/policies/attendance.html", encoding: .utf8).contains("请假需提前一天申请"))
        #expect(try build([]).errors.contains("7 editions up to date"))
        #expect(try build(["--locale", "en"]).errors.contains("7 editions in "))
        try FileManager.default.removeItem(atPath: out + "/hr")
        let repaired = try build(["--locale", "en"])
        #expect(repaired.errors.contains("7 editions in ") && FileManager.default.fileExists(atPath: out + "/hr/index.html"))
        #expect(try build(["--locale", "en"]).errors.contains("7 editions up to date"))
        #expect(try build(["--locale", "en", "--rebuild"]).errors.contains("7 editions in "))
    }

    @Test("the editions record reads back what it wrote and refuses anything else")
    func record() {
        let record = EditionsRecord(editions: [.staff, .company, .department("cs")])
        #expect(record.text == "jixiao-editions 1\nedition staff\nedition company\nedition department:cs\n")
        #expect(EditionsRecord(text: record.text) == record)
        #expect(EditionsRecord(text: "jixiao-editions 1\n") == nil)
        #expect(EditionsRecord(text: "jixiao-editions 1\nedition dept:cs\n") == nil)
        #expect(EditionsRecord(text: "jixiao-manifest 1\nedition staff\n") == nil)
    }

    @Test("one reading of the files gives each edition the fingerprint its own build computes")
    func fingerprints() throws {
        let content = try EditionTestSupport.example()
        let templates = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates)
        var options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "/srv/jixiao")
        let editions: [Edition] = [.staff, .company, .department("cs")]
        let list = editions.map { e -> SiteOptions in
            var o = options
            o.select(e)
            return o
        }
        let together = InputFingerprint.of(options: list, content: content, templates: templates)
        #expect(together == list.map { InputFingerprint.of(options: $0, content: content, templates: templates) })
        #expect(Set(together).count == 3 && together.allSatisfy { $0.count == 32 })
        options.locale = "en"
        #expect(InputFingerprint.of(options: options, content: content, templates: templates) != together[1])
    }
}
