import Foundation

/// Decides, before anything is written, whether a command may replace an output folder,
/// so that `jixiao build` and `jixiao generate` can never destroy their input.
///
/// The output is refused when, after symlinks and `..` are resolved, it is, contains or lies
/// inside one of the ``inputs`` (content, templates, policies), or is or contains one of the
/// ``protectedFolders`` (the git repository root, `/`, the home folder). An existing folder
/// that is not empty and holds no ``markerName`` file (written by an earlier build) is
/// replaced only with ``force``.
public struct OutputSafety: Sendable {
    /// A folder the command reads, with the words that name it in messages.
    public struct Input: Sendable {
        /// What the folder is, e.g. "content folder".
        public var role: String
        /// The path as given.
        public var path: String

        /// Creates an input.
        public init(_ role: String, _ path: String) {
            self.role = role
            self.path = path
        }
    }

    /// The file a build leaves in its output folder to mark it as jixiao's to replace.
    public static let markerName = ".jixiao-build"
    /// The marker file's text.
    public static let markerText = "This folder was written by jixiao; jixiao may replace it.\n"

    /// Folders the output must not be, contain or lie inside.
    public var inputs: [Input]
    /// Folders the output must not be or contain.
    public var protectedFolders: [Input]
    /// Whether an existing non-empty folder without the marker may be replaced.
    public var force: Bool
    /// The folder relative paths are resolved against.
    public var workingDirectory: String

    /// Creates a check. `protectedFolders` defaults to ``defaultProtectedFolders(workingDirectory:home:)``.
    public init(
        inputs: [Input], force: Bool = false, workingDirectory: String = FileManager.default.currentDirectoryPath,
        protectedFolders: [Input]? = nil
    ) {
        self.inputs = inputs
        self.force = force
        self.workingDirectory = workingDirectory
        self.protectedFolders = protectedFolders ?? Self.defaultProtectedFolders(workingDirectory: workingDirectory)
    }

    /// The git repository root above `workingDirectory` (if any), `/` and the home folder.
    public static func defaultProtectedFolders(
        workingDirectory: String,
        home: String? = ProcessInfo.processInfo.environment["HOME"]
    ) -> [Input] {
        var folders = [Input("root folder", "/")]
        if let home, !home.isEmpty { folders.append(Input("home folder", home)) }
        if let git = gitRoot(from: workingDirectory) { folders.append(Input("git repository root", git)) }
        return folders
    }

    /// Throws when writing the output at `output` could destroy input or unrelated files.
    /// - Throws: one diagnostic naming both folders and the fix.
    public func check(output: String) throws(DiagnosticError) {
        let target = Self.resolve(output, from: workingDirectory)
        for input in inputs {
            let folder = Self.resolve(input.path, from: workingDirectory)
            if let relation = Self.relation(of: target, to: folder) {
                throw refusal(output, relation: relation, "the \(input.role) \(input.path) (\(folder))", folder: folder)
            }
        }
        for protected in protectedFolders {
            let folder = Self.resolve(protected.path, from: workingDirectory)
            if let relation = Self.relation(of: target, to: folder), relation != "lies inside" {
                throw refusal(output, relation: relation, "the \(protected.role) \(folder)", folder: folder)
            }
        }
        try checkExisting(output, resolved: target)
    }

    /// Refuses an existing file, or a non-empty folder without the marker, unless forced.
    private func checkExisting(_ output: String, resolved: String) throws(DiagnosticError) {
        guard !force else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: output), "refusing to replace \(resolved): it is a file, not an earlier jixiao output",
                    fix: "choose another output folder, or add --force to replace it"))
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: resolved)
        } catch {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: output), "cannot read the existing output folder \(resolved): \(error.localizedDescription)",
                    fix: "check its permissions, or choose another output folder"))
        }
        guard !entries.isEmpty, !entries.contains(Self.markerName) else { return }
        throw DiagnosticError(
            .error(
                SourceLocation(file: output),
                "refusing to replace \(resolved): the folder is not empty and was not written by jixiao (it has no \(Self.markerName) file)",
                fix: "choose a new or empty output folder, or add --force to replace this folder and everything in it"))
    }

    private func refusal(_ output: String, relation: String, _ what: String, folder: String) -> DiagnosticError {
        let resolved = Self.resolve(output, from: workingDirectory)
        let fix =
            relation == "lies inside"
            ? "choose an output folder outside \(folder), e.g. -o _site"
            : "choose a new output folder that does not hold \(folder), e.g. -o _site"
        return DiagnosticError(
            .error(
                SourceLocation(file: output),
                "refusing to use \(output) (\(resolved)) as the output folder: it \(relation) \(what), which replacing the output would destroy",
                fix: fix))
    }

    /// "is", "contains" or "lies inside" when `path` is, is an ancestor of or a descendant of
    /// `folder` (both resolved); `nil` when they are unrelated.
    static func relation(of path: String, to folder: String) -> String? {
        if path == folder { return "is" }
        if isAncestor(path, of: folder) { return "contains" }
        if isAncestor(folder, of: path) { return "lies inside" }
        return nil
    }

    private static func isAncestor(_ ancestor: String, of path: String) -> Bool {
        ancestor == "/" ? path != "/" : path.hasPrefix(ancestor + "/")
    }
}
