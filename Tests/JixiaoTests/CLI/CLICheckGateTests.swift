import Foundation
import Testing

/// Issue 12 item 4: `jixiao check` finds everything `build` would (policy links, page-name
/// collisions, templates, locale keys) and writes nothing. Runs on scratch copies of the example.
@Suite("CLI: check is a complete gate")
struct CLICheckGateTests {
    /// One breakage of the example content: files to append to or write, and what check must say.
    struct Breakage: Sendable, CustomStringConvertible {
        var description: String
        var append: [String: String] = [:]
        var write: [String: String] = [:]
        /// A regular expression the output must match (file:line[:column]: error: …; template and
        /// department locations carry no column yet).
        var expected: String
    }

    static let breakages = [
        Breakage(
            description: "a link to a missing policy", append: ["policies/general.md": "\n见 [不存在](missing.md)。\n"],
            expected: #"policies/general\.md:\d+:3: error: link to policies/missing\.md, which is not a policy"#),
        Breakage(
            description: "two department ids with the same page name", append: ["departments.csv": "CS,客服二部,Customer Service 2,,\n"],
            expected: #"departments\.csv:\d+:1: error: department ids cs and CS give the same page name cs \(first on line \d+\)"#),
        Breakage(
            description: "a template including a missing partial", write: ["templates/home.mustache": "<p>{{> nosuch}}</p>\n"],
            expected: #"content/templates/home\.mustache:1(:\d+)?: error: template home includes the missing partial \"nosuch\""#),
        Breakage(
            description: "a template using an unknown t.key", write: ["templates/home.mustache": "<p>\n{{t.no_such_key}}</p>\n"],
            expected: #"content/templates/home\.mustache:2: error: the template uses t\.no_such_key, which .* does not define"#),
    ]

    /// A scratch folder holding a copy of the example content as `content`.
    static func project() throws -> String {
        let scratch = try CLIRunner.scratch("check-gate")
        try FileManager.default.copyItem(atPath: CLIRunner.content, toPath: scratch + "/content")
        return scratch
    }

    static var templates: String { CLIRunner.root.appendingPathComponent("site-templates").path }

    @Test("check finds what build would, exits 1 with file:line:column, and writes nothing", arguments: breakages)
    func findsBuildErrors(_ breakage: Breakage) throws {
        let scratch = try Self.project()
        defer { TestFiles.remove(scratch) }
        for (path, text) in breakage.append {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/content/" + path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
        for (path, text) in breakage.write {
            let url = URL(fileURLWithPath: scratch + "/content/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let before = try CLIOutputSafetyTests.snapshot(scratch)
        let run = try CLIRunner.run(["check", "content", "--templates", Self.templates], in: scratch)
        let output = String(decoding: run.output, as: UTF8.self)
        #expect(run.status == 1, "\(output)\(run.errors)")
        #expect(output.contains(try Regex(breakage.expected)), "got:\n\(output)")
        #expect(try CLIOutputSafetyTests.snapshot(scratch) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["content"])
        let build = try CLIRunner.run(["build", "content", "--templates", Self.templates, "-o", "site"], in: scratch)
        #expect(build.status == 1, "build must fail where check did")
    }

    @Test("check of the example passes for both audiences and locales, writing nothing")
    func examplePasses() throws {
        let scratch = try Self.project()
        defer { TestFiles.remove(scratch) }
        for arguments in [["--audience", "managers"], ["--audience", "staff", "--locale", "en"]] {
            let run = try CLIRunner.run(["check", "content", "--templates", Self.templates] + arguments, in: scratch)
            #expect(run.status == 0, "\(String(decoding: run.output, as: UTF8.self))\(run.errors)")
            #expect(run.errors.contains("jixiao check: 0 error(s)"))
        }
        #expect(try CLIRunner.run(["check", "content", "--audience", "everyone"], in: scratch).status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["content"])
    }
}
