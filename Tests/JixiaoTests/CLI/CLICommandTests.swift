import Foundation
import Testing

/// The `jixiao` executable end to end: arguments, exit codes and messages of `check`,
/// `results`, `build` and `generate`.
@Suite("CLI: commands")
struct CLICommandTests {
    static let commands = ["check", "results", "build", "generate"]

    @Test("an unknown option is a usage error: exit 64 and the usage line", arguments: commands)
    func unknownOption(_ command: String) throws {
        // generate needs -o; without it the missing option would be reported first.
        let run = try CLIRunner.run([command, "--bogus"] + (command == "generate" ? ["-o", "unused"] : []))
        #expect(run.status == 64)
        #expect(run.errors.contains("Unknown option '--bogus'"))
        #expect(run.errors.contains("Usage: jixiao \(command)"))
        #expect(run.output.isEmpty)
    }

    @Test("a malformed --month is a usage error", arguments: ["check", "results", "build"])
    func malformedMonth(_ command: String) throws {
        let run = try CLIRunner.run([command, "content", "--month", "2026-13"])
        #expect(run.status == 64)
        #expect(run.errors.contains("--month must be a month written YYYY-MM"))
    }

    @Test("a missing content folder: exit 1 and a message naming the path", arguments: ["check", "results", "build"])
    func missingContent(_ command: String) throws {
        let scratch = try CLIRunner.scratch("missing")
        defer { TestFiles.remove(scratch) }
        let run = try CLIRunner.run(
            command == "build" ? [command, "no-such-folder", "-o", "site"] : [command, "no-such-folder"], in: scratch)
        #expect(run.status == 1)
        // check lists problems on standard output; the others report on standard error.
        let message = command == "check" ? run.text : run.errors
        #expect(message.contains("no-such-folder: error: content folder not found"))
        #expect(message.contains("jixiao \(command) content"))
        #expect(!FileManager.default.fileExists(atPath: scratch + "/site"))
    }

    /// A copy of the example content with employees.csv line 3, column 44 broken.
    static func brokenContent(in scratch: String) throws -> String {
        let broken = scratch + "/content"
        try FileManager.default.copyItem(atPath: CLIRunner.content, toPath: broken)
        let path = broken + "/employees.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines[2] = lines[2].replacingOccurrences(of: ",6000,", with: ",6x00,")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return broken
    }

    @Test("a content error: exit 1 with file:line:column", arguments: ["check", "results", "build"])
    func contentError(_ command: String) throws {
        let scratch = try CLIRunner.scratch("broken")
        defer { TestFiles.remove(scratch) }
        let broken = try Self.brokenContent(in: scratch)
        let run = try CLIRunner.run(command == "build" ? [command, broken, "-o", scratch + "/site"] : [command, broken])
        #expect(run.status == 1)
        let message = command == "check" ? run.text : run.errors
        #expect(message.contains("employees.csv:3:44: error: base salary \"6x00\" is not a number"))
        // The person on line 3 is dropped; their 24 data rows are not reported one by one but
        // summed up in one warning (root causes first).
        if command == "check" {
            #expect(run.errors.contains("jixiao check: 1 error(s), 1 warning(s) in \(broken)"))
            // 24 data rows, plus 35 rows of assessments.csv naming E0002 (24 as the person assessed,
            // 11 as the reviewer of a self-assessment).
            #expect(
                run.text.contains(
                    "59 rows in assessments.csv and under data/ not checked because employees.csv has errors in the rows they refer to"))
        }
        if command == "results" { #expect(run.output.isEmpty) }
        if command == "build" {
            #expect(run.errors.contains("jixiao build: failed with 1 error(s); \(scratch)/site was left as it was"))
            #expect(!FileManager.default.fileExists(atPath: scratch + "/site"))
        }
    }

    @Test("check succeeds with exit 0 and the summary")
    func checkSucceeds() throws {
        let run = try CLIRunner.run(["check", "content"])
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(run.errors == "jixiao check: 0 error(s), 0 warning(s) in content\n")
    }

    @Test("results succeeds with exit 0 and the JSON on standard output")
    func resultsSucceeds() throws {
        let run = try CLIRunner.run(["results", "content"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.text.hasPrefix("{\"schema\":\"jixiao-results/1\","))
        let pretty = try CLIRunner.run(["results", "content", "--pretty"])
        #expect(pretty.text.hasPrefix("{\n  \"schema\": \"jixiao-results/1\","))
        let a = try JSONSerialization.jsonObject(with: run.output) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: pretty.output) as? NSDictionary
        #expect(a != nil && a == b)
    }

    @Test("build succeeds with exit 0, the summary and the marker file")
    func buildSucceeds() throws {
        let scratch = try CLIRunner.scratch("build")
        defer { TestFiles.remove(scratch) }
        let out = scratch + "/site"
        let run = try CLIRunner.run(["build", "content", "-o", out, "--audience", "staff"])
        #expect(run.status == 0)
        let summary = try #require(run.errors.split(separator: "\n").last.map(String.init))
        #expect(summary.hasPrefix("jixiao build: "))
        #expect(summary.contains(" pages, "))
        #expect(summary.hasSuffix("→ \(out) (staff)"))
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        #expect(try String(contentsOfFile: out + "/.jixiao-build", encoding: .utf8).hasPrefix("This folder was written by jixiao"))
        let quiet = try CLIRunner.run(["build", "content", "-o", out, "--quiet", "--month", "2026-10"])
        #expect(quiet.status == 0)
        #expect(quiet.errors.isEmpty)
    }

    @Test("generate succeeds with exit 0, a checkable company and the marker")
    func generateSucceeds() throws {
        let scratch = try CLIRunner.scratch("generate")
        defer { TestFiles.remove(scratch) }
        let out = scratch + "/company"
        let run = try CLIRunner.run(["generate", "--employees", "5", "--months", "2", "--end", "2026-03", "-o", out])
        #expect(run.status == 0)
        #expect(run.errors == "jixiao generate: 5 employees × 2 months → \(out) (19 files)\n")  // 17 + data/<month>/reviews.csv × 2
        #expect(FileManager.default.fileExists(atPath: out + "/.jixiao-build"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/data").sorted() == ["2026-02", "2026-03"])
        let check = try CLIRunner.run(["check", out])
        #expect(check.status == 0)
        let again = try CLIRunner.run(["generate", "--employees", "5", "--months", "2", "-o", out])
        #expect(again.status == 0)
        let bad = try CLIRunner.run(["generate", "--employees", "0", "-o", out])
        #expect(bad.status == 64)
        #expect(bad.errors.contains("--employees must be 1…1,000,000"))
    }

    @Test("a full standard output: exit 1 and a message, no crash", arguments: [["results", "content"], ["check", "hostile-missing"]])
    func fullStandardOutput(_ arguments: [String]) throws {
        let run = try CLIRunner.run(arguments, stdout: "/dev/full")
        #expect(run.status == 1)
        #expect(!run.errors.contains("Fatal error"))
        #expect(run.errors.contains("jixiao: cannot write to standard output: "))
    }

    @Test("a full standard error: exit 1, no crash", arguments: [["check", "content"], ["build", "content", "-o", "SCRATCH"]])
    func fullStandardError(_ arguments: [String]) throws {
        let scratch = try CLIRunner.scratch("stderr")
        defer { TestFiles.remove(scratch) }
        let run = try CLIRunner.run(arguments.map { $0 == "SCRATCH" ? scratch + "/site" : $0 }, stderr: "/dev/full")
        #expect(run.status == 1)
    }
}
