import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSite

/// ``OutputFolder`` on the disk: a private staging folder, one atomic exchange, the marker in
/// the swap, and staging folders of killed builds removed by the next build.
@Suite("Output folder publishing")
struct OutputFolderTests {
    /// The permission bits of a path.
    static func mode(_ path: String) -> Int {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
    }

    /// A process id that is surely not running: a child that has already exited.
    static func deadProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("staging is private (0700); after the swap the site has normal permissions and the marker")
    func permissionsAndMarker() throws {
        let scratch = try CLIRunner.scratch("output-folder")
        defer { TestFiles.remove(scratch) }
        let output = OutputFolder(output: scratch + "/site")
        try output.prepare()
        #expect(Self.mode(output.temporary.path) == 0o700)
        try output.write("index.html", "new")
        try output.commit()
        let mask = umask(0)
        umask(mask)
        #expect(Self.mode(scratch + "/site") == 0o777 & ~Int(mask))
        #expect(try String(contentsOfFile: scratch + "/site/index.html", encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: scratch + "/site/" + OutputSafety.markerName, encoding: .utf8) == OutputSafety.markerText)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["site"])
    }

    @Test("a second build exchanges the whole folder: old files are gone, nothing is left beside it")
    func exchangeReplacesOldSite() throws {
        let scratch = try CLIRunner.scratch("output-folder")
        defer { TestFiles.remove(scratch) }
        for (name, text) in [("old.html", "old"), ("new.html", "new")] {
            let output = OutputFolder(output: scratch + "/site")
            try output.prepare()
            try output.write(name, text)
            try output.commit()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch + "/site").sorted() == [OutputSafety.markerName, SiteManifest.fileName, "new.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["site"])
    }

    @Test("the exchange swaps two folders in place")
    func exchange() throws {
        let scratch = try CLIRunner.scratch("output-folder")
        defer { TestFiles.remove(scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/a/x", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch + "/b/y", withIntermediateDirectories: true)
        #expect(OutputFolder.exchange(scratch + "/a", scratch + "/b") == 0)
        #expect(FileManager.default.fileExists(atPath: scratch + "/a/y"))
        #expect(FileManager.default.fileExists(atPath: scratch + "/b/x"))
        #expect(OutputFolder.exchange(scratch + "/a", scratch + "/none") == ENOENT)
    }

    @Test("prepare removes staging folders of dead builds of the same output, and keeps live and unrelated ones")
    func staleStaging() throws {
        let scratch = try CLIRunner.scratch("output-folder")
        defer { TestFiles.remove(scratch) }
        let dead = try Self.deadProcess()
        let live = getppid()
        let names = [".site.tmp-\(dead)", ".site.old-\(dead)", ".site.tmp-\(live)", ".other.tmp-\(dead)", ".site.tmp-abc"]
        for name in names {
            try FileManager.default.createDirectory(atPath: scratch + "/" + name + "/pay", withIntermediateDirectories: true)
        }
        let output = OutputFolder(output: scratch + "/site")
        try output.prepare()
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch).sorted()
        output.discard()
        #expect(left == [".other.tmp-\(dead)", ".site.tmp-\(live)", ".site.tmp-\(getpid())", ".site.tmp-abc"].sorted())
        #expect(OutputFolder.stagingProcess(".site.tmp-42", name: "site") == 42)
        #expect(OutputFolder.stagingProcess(".site.tmp-", name: "site") == nil)
        #expect(OutputFolder.stagingProcess(".sites.tmp-42", name: "site") == nil)
    }
}
