import Foundation
import Testing

/// Issue 12 item 2: a build killed at any instant leaves the output folder complete, either
/// the old site or the new one, and the next build removes what the killed one left behind.
/// Runs the real `jixiao build` of the example into a scratch folder.
@Suite("CLI: kill-anywhere publishing")
struct CLIKillAnywhereTests {
    /// The number of kills, spread evenly over a little more than one build's duration.
    static let kills = 15

    /// Starts `jixiao ARGUMENTS` in `directory` with its output thrown away.
    static func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CLIRunner.executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Names in `folder` that a build leaves beside an output called `site`.
    static func leftovers(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".site.") }.sorted()
    }

    @Test("SIGKILL at 15 points of a build leaves the old or the new site, complete; the next build cleans up")
    func killAnywhere() throws {
        let scratch = try CLIRunner.scratch("kill-anywhere")
        defer { TestFiles.remove(scratch) }
        let content = CLIRunner.content
        let templates = CLIRunner.root.appendingPathComponent("site-templates").path
        let old = ["build", content, "--templates", templates, "--quiet", "--audience", "staff", "-o"]
        let new = ["build", content, "--templates", templates, "--quiet", "--audience", "managers", "-o"]
        #expect(try CLIRunner.run(old + ["site"], in: scratch).status == 0)
        let oldSite = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        try FileManager.default.copyItem(atPath: scratch + "/site", toPath: scratch + "/old-copy")
        let started = Date()
        #expect(try CLIRunner.run(new + ["reference"], in: scratch).status == 0)
        let duration = Date().timeIntervalSince(started)
        let newSite = try CLIOutputSafetyTests.snapshot(scratch + "/reference")
        #expect(oldSite != newSite)
        for name in ["index.html", "404.html", ".jixiao-build"] {
            #expect(oldSite[name] != nil && newSite[name] != nil, "\(name) is missing from a full build")
        }
        var outcomes: [String] = []
        for i in 0..<Self.kills {
            let delay = duration * 1.2 * Double(i) / Double(Self.kills - 1)
            let process = try Self.start(new + ["site"], in: scratch)
            usleep(UInt32(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try #require(FileManager.default.fileExists(atPath: scratch + "/site"), "killed after \(delay) s: no output folder")
            let site = try CLIOutputSafetyTests.snapshot(scratch + "/site")
            let outcome = site == oldSite ? "old" : site == newSite ? "new" : "incomplete"
            #expect(
                outcome != "incomplete", "killed after \(delay) s: the output is neither the old nor the new site (\(site.count) files)")
            #expect(site.keys.contains { $0.hasPrefix("assets/") })
            outcomes.append(outcome)
            if outcome == "new" {
                try FileManager.default.removeItem(atPath: scratch + "/site")
                try FileManager.default.copyItem(atPath: scratch + "/old-copy", toPath: scratch + "/site")
            }
        }
        #expect(outcomes.contains("old"))
        #expect(try CLIRunner.run(new + ["site"], in: scratch).status == 0)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == newSite)
        #expect(try Self.leftovers(scratch) == [], "stale staging folders were not removed")
    }
}
