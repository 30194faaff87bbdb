import Foundation
import Testing
@testable import JixiaoCore

/// Which output folders `build` and `generate` refuse, on a real scratch tree:
/// scratch/project/{.git, content, site-templates}, with scratch/home as the home folder.
@Suite("Output safety")
struct OutputSafetyTests {
    struct Tree {
        let scratch: String
        var project: String { scratch + "/project" }
        var home: String { scratch + "/home" }

        init() throws {
            scratch = try CLIRunner.scratch("safety")
            for folder in ["project/.git", "project/content/data", "project/site-templates", "home", "elsewhere"] {
                try FileManager.default.createDirectory(atPath: scratch + "/" + folder, withIntermediateDirectories: true)
            }
            try "title: x\n".write(toFile: project + "/content/site.yaml", atomically: true, encoding: .utf8)
        }

        func safety(force: Bool = false) -> OutputSafety {
            let cwd = project
            return OutputSafety(
                inputs: [.init("content folder", "content"), .init("templates folder", "site-templates")],
                force: force, workingDirectory: cwd,
                protectedFolders: OutputSafety.defaultProtectedFolders(workingDirectory: cwd, home: home))
        }
    }

    /// The message of the refusal, or `nil` when the output is allowed.
    static func refusal(_ safety: OutputSafety, _ output: String) -> String? {
        do {
            try safety.check(output: output)
            return nil
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    @Test("-o content, -o content/x, -o ., -o .. are refused, naming both folders")
    func inputs() throws {
        let tree = try Tree()
        defer { TestFiles.remove(tree.scratch) }
        let safety = tree.safety()
        let content = try #require(Self.refusal(safety, "content"))
        #expect(
            content.hasPrefix(
                "content: error: refusing to use content (\(tree.project)/content) as the output folder: it is the content folder content (\(tree.project)/content)"
            ))
        #expect(content.contains("fix: choose a new output folder that does not hold \(tree.project)/content, e.g. -o _site"))
        let inside = try #require(Self.refusal(safety, "content/x"))
        #expect(inside.contains("it lies inside the content folder content"))
        #expect(inside.contains("fix: choose an output folder outside \(tree.project)/content"))
        #expect(try #require(Self.refusal(safety, ".")).contains("it contains the content folder"))
        #expect(try #require(Self.refusal(safety, "..")).contains("it contains the content folder"))
        #expect(try #require(Self.refusal(safety, "site-templates/css")).contains("it lies inside the templates folder site-templates"))
        #expect(try #require(Self.refusal(safety, "content/../content/./data/..")).contains("it is the content folder"))
        #expect(Self.refusal(safety, "_site") == nil)
        #expect(Self.refusal(safety, "../elsewhere/site") == nil)
    }

    @Test("/, the home folder and the git root are refused; folders inside them are not")
    func protectedFolders() throws {
        let tree = try Tree()
        defer { TestFiles.remove(tree.scratch) }
        let cwd = tree.scratch + "/elsewhere"
        let elsewhere = OutputSafety(
            inputs: [], workingDirectory: cwd,
            protectedFolders: OutputSafety.defaultProtectedFolders(workingDirectory: cwd, home: tree.home))
        #expect(try #require(Self.refusal(elsewhere, "/")).contains("it is the root folder /"))
        #expect(
            try #require(Self.refusal(tree.safety(), "/")).contains(
                "/: error: refusing to use / (/) as the output folder: it contains the content folder"))
        let home = try #require(Self.refusal(elsewhere, tree.home))
        #expect(home.contains("it is the home folder \(tree.home)"))
        #expect(try #require(Self.refusal(elsewhere, "..")).contains("it contains the home folder"))
        #expect(Self.refusal(elsewhere, tree.home + "/site") == nil)
        // From a subfolder of the repository, `-o ..` is the git root.
        let sub = tree.project + "/docs"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let fromSub = OutputSafety(
            inputs: [], workingDirectory: sub,
            protectedFolders: OutputSafety.defaultProtectedFolders(workingDirectory: sub, home: tree.home))
        #expect(try #require(Self.refusal(fromSub, "..")).contains("it is the git repository root \(tree.project)"))
        #expect(Self.refusal(fromSub, "site") == nil)
        #expect(OutputSafety.gitRoot(from: sub) == tree.project)
    }

    @Test("symlinks are resolved before comparing")
    func symlinks() throws {
        let tree = try Tree()
        defer { TestFiles.remove(tree.scratch) }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: tree.scratch + "/elsewhere/alias", withDestinationPath: tree.project + "/content")
        try fm.createSymbolicLink(atPath: tree.scratch + "/elsewhere/up", withDestinationPath: tree.project + "/content/data")
        let safety = tree.safety()
        #expect(try #require(Self.refusal(safety, "../elsewhere/alias")).contains("it is the content folder content"))
        #expect(try #require(Self.refusal(safety, "../elsewhere/alias/new/site")).contains("it lies inside the content folder"))
        // `up/..` is content (the symlink's parent), not elsewhere.
        #expect(try #require(Self.refusal(safety, "../elsewhere/up/..")).contains("it is the content folder"))
        #expect(OutputSafety.resolve("../elsewhere/up/../x/../y", from: tree.project) == tree.project + "/content/y")
    }

    @Test("an existing folder: empty or marked is replaced; unmarked needs --force")
    func existingFolders() throws {
        let tree = try Tree()
        defer { TestFiles.remove(tree.scratch) }
        let fm = FileManager.default
        let other = tree.scratch + "/elsewhere/photos"
        try fm.createDirectory(atPath: other, withIntermediateDirectories: true)
        #expect(Self.refusal(tree.safety(), other) == nil, "an empty folder")
        try "x".write(toFile: other + "/cat.jpg", atomically: true, encoding: .utf8)
        let refused = try #require(Self.refusal(tree.safety(), other))
        #expect(
            refused.contains(
                "refusing to replace \(other): the folder is not empty and was not written by jixiao (it has no .jixiao-build file)"))
        #expect(refused.contains("add --force"))
        #expect(Self.refusal(tree.safety(force: true), other) == nil)
        try OutputSafety.markerText.write(toFile: other + "/.jixiao-build", atomically: true, encoding: .utf8)
        #expect(Self.refusal(tree.safety(), other) == nil, "marked by an earlier build")
        let file = tree.scratch + "/elsewhere/notes.txt"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try #require(Self.refusal(tree.safety(), file)).contains("it is a file"))
        // --force never lets the output replace an input.
        #expect(Self.refusal(tree.safety(force: true), "content") != nil)
    }
}
