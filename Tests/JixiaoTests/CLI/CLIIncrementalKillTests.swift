import Foundation
import Testing

/// Issue 14 item 3 with issue 12 item 2: a rebuild that reuses files (hard links from the
/// live site) killed at any instant still leaves the complete old or new site, and the live
/// site's files are never changed through the links.
@Suite("CLI: kill during a reusing rebuild")
struct CLIIncrementalKillTests {
    /// The number of kills, spread evenly over a little more than one rebuild.
    static let kills = 8

    @Test("SIGKILL at 8 points of a rebuild after a policy edit leaves the old or the new site, complete")
    func killDuringReuse() throws {
        let scratch = try CLIRunner.scratch("incremental-kill")
        defer { TestFiles.remove(scratch) }
        try FileManager.default.copyItem(atPath: CLIRunner.content, toPath: scratch + "/content")
        let templates = CLIRunner.root.appendingPathComponent("site-templates").path
        let build = ["build", "content", "--templates", templates, "--quiet", "--no-xlsx", "-o"]
        #expect(try CLIRunner.run(build + ["site"], in: scratch).status == 0)
        let oldSite = try CLIOutputSafetyTests.snapshot(scratch + "/site")
        try FileManager.default.copyItem(atPath: scratch + "/site", toPath: scratch + "/old-copy")
        let policy = URL(fileURLWithPath: scratch + "/content/policies/attendance.md")
        try (try String(contentsOf: policy, encoding: .utf8) + "\n补充说明。\n").write(to: policy, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(build + ["reference"], in: scratch).status == 0)
        let newSite = try CLIOutputSafetyTests.snapshot(scratch + "/reference")
        let started = Date()
        let rebuild = try CLIRunner.run(build + ["site"], in: scratch)
        let duration = Date().timeIntervalSince(started)
        #expect(rebuild.status == 0)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == newSite)
        var outcomes: [String] = []
        for i in 0..<Self.kills {
            TestFiles.remove(scratch + "/site")
            try FileManager.default.copyItem(atPath: scratch + "/old-copy", toPath: scratch + "/site")
            let delay = duration * 1.2 * Double(i) / Double(Self.kills - 1)
            let process = try CLIKillAnywhereTests.start(build + ["site"], in: scratch)
            usleep(UInt32(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = try CLIOutputSafetyTests.snapshot(scratch + "/site")
            let outcome = site == oldSite ? "old" : site == newSite ? "new" : "incomplete"
            #expect(outcome != "incomplete", "killed after \(delay) s: neither the old nor the new site (\(site.count) files)")
            outcomes.append(outcome)
        }
        #expect(outcomes.contains("old"))
        #expect(try CLIRunner.run(build + ["site"], in: scratch).status == 0)
        #expect(try CLIOutputSafetyTests.snapshot(scratch + "/site") == newSite)
        #expect(try CLIKillAnywhereTests.leftovers(scratch) == [])
    }
}
