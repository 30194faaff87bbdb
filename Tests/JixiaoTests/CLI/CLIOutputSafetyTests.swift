import Foundation
import Testing

/// `build` and `generate` refuse to write where they would destroy input: exit 2, nothing
/// touched. Runs on a scratch copy of the example content, never on the repository's.
@Suite("CLI: output safety")
struct CLIOutputSafetyTests {
    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder)
        for path in paths {
            let url = URL(fileURLWithPath: folder + "/" + path)
            if try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == false { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    static func project() throws -> String {
        let scratch = try CLIRunner.scratch("cli-safety")
        try FileManager.default.copyItem(atPath: CLIRunner.content, toPath: scratch + "/content")
        return scratch
    }

    @Test(
        "build content -o content (and -o ., -o content/x) exits 2 and leaves the content as it was",
        arguments: ["content", ".", "content/x", "content/data/.."])
    func buildIntoContent(_ output: String) throws {
        let scratch = try Self.project()
        defer { TestFiles.remove(scratch) }
        let before = try Self.snapshot(scratch)
        let templates = CLIRunner.root.appendingPathComponent("site-templates").path
        let run = try CLIRunner.run(["build", "content", "-o", output, "--templates", templates], in: scratch)
        #expect(run.status == 2)
        #expect(run.errors.contains("\(output): error: refusing to use \(output) ("))
        #expect(run.errors.contains("the content folder content (\(scratch)/content)"))
        #expect(run.errors.hasSuffix("jixiao build: nothing was written\n"))
        #expect(try Self.snapshot(scratch) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["content"])
    }

    @Test("build into the templates folder exits 2")
    func buildIntoTemplates() throws {
        let scratch = try Self.project()
        defer { TestFiles.remove(scratch) }
        let templates = scratch + "/templates"
        try FileManager.default.copyItem(atPath: CLIRunner.root.appendingPathComponent("site-templates").path, toPath: templates)
        let run = try CLIRunner.run(["build", "content", "-o", "templates/out", "--templates", templates], in: scratch)
        #expect(run.status == 2)
        #expect(run.errors.contains("it lies inside the templates folder \(templates)"))
    }

    @Test("generate refuses its policies folder and an unrelated folder without --force")
    func generateRefuses() throws {
        let scratch = try Self.project()
        defer { TestFiles.remove(scratch) }
        let before = try Self.snapshot(scratch)
        let intoPolicies = try CLIRunner.run(
            ["generate", "--employees", "3", "--policies", "content/policies", "-o", "content"], in: scratch)
        #expect(intoPolicies.status == 2)
        #expect(intoPolicies.errors.contains("it contains the policies folder content/policies"))
        let unrelated = try CLIRunner.run(["generate", "--employees", "3", "--months", "1", "-o", "content"], in: scratch)
        #expect(unrelated.status == 2)
        #expect(unrelated.errors.contains("the folder is not empty and was not written by jixiao"))
        #expect(try Self.snapshot(scratch) == before)
        let forced = try CLIRunner.run(["generate", "--employees", "3", "--months", "1", "-o", "content", "--force"], in: scratch)
        #expect(forced.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch + "/content/.jixiao-build"))
    }

    @Test("an unrelated non-empty output folder needs --force; a marked one is replaced")
    func buildReplaces() throws {
        let scratch = try Self.project()
        defer { TestFiles.remove(scratch) }
        let photos = scratch + "/photos"
        try FileManager.default.createDirectory(atPath: photos, withIntermediateDirectories: true)
        try Data("cat".utf8).write(to: URL(fileURLWithPath: photos + "/cat.jpg"))
        let templates = CLIRunner.root.appendingPathComponent("site-templates").path
        let refused = try CLIRunner.run(["build", "content", "-o", "photos", "--templates", templates, "--quiet"], in: scratch)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("photos: error: refusing to replace \(photos): the folder is not empty"))
        #expect(FileManager.default.fileExists(atPath: photos + "/cat.jpg"))
        let forced = try CLIRunner.run(["build", "content", "-o", "photos", "--templates", templates, "--quiet", "--force"], in: scratch)
        #expect(forced.status == 0)
        #expect(!FileManager.default.fileExists(atPath: photos + "/cat.jpg"))
        #expect(FileManager.default.fileExists(atPath: photos + "/.jixiao-build"))
        let again = try CLIRunner.run(["build", "content", "-o", "photos", "--templates", templates, "--quiet"], in: scratch)
        #expect(again.status == 0)
    }
}
