import Foundation
import JixiaoCore

/// What travels inside the `jixiao` executable: the built-in templates, CSS, JS and locale
/// files (the repository's `site-templates/`), the `init` scaffold (`scaffold/`), and the
/// version and commit it was built from. The files are put in by the EmbedFiles build-tool
/// plugin at every build (generated source, never committed) and read through the
/// ``FileSystem`` seam as a ``MemoryFileSystem``.
public enum BuiltIn {
    /// The built-in `site-templates/` folder, as a read-only in-memory file tree.
    public static let templates = folder("site-templates")

    /// The `init` scaffolds, one folder per locale (`zh-CN/`, `en/`) and `common/`.
    public static let scaffolds = folder("scaffold")

    /// The embedded files under `prefix/`, rooted there (the generated source keeps base64 by path).
    static func folder(_ prefix: String) -> MemoryFileSystem {
        var files: [String: Data] = [:]
        for (path, base64) in embeddedFiles where path.hasPrefix(prefix + "/") {
            files[String(path.dropFirst(prefix.count + 1))] = Data(base64Encoded: base64) ?? Data()
        }
        return MemoryFileSystem(data: files)
    }

    /// The release version of `jixiao`.
    public static let version = "0.9.0"

    /// The short git commit the executable was built from; "unknown" outside a git checkout.
    public static let commit = buildCommit

    /// `0.9.0 (commit 1a2b3c4d5e6f)`, what `jixiao --version` prints.
    public static var versionLine: String { "\(version) (commit \(commit))" }
}

extension BuiltIn {
    /// The files `jixiao init` writes for `locale` (`zh-CN` or `en`): the shared monthly
    /// data and the locale's settings, people, policies and README, by relative path.
    public static func scaffold(locale: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in ["common", locale] {
            for path in scaffolds.walk(folder) { files[String(path.dropFirst(folder.count + 1))] = scaffolds.files[path] }
        }
        return files
    }

    /// The built-in Mustache templates (`*.mustache` at the top of `site-templates/`), by file name.
    public static var templateFiles: [String: Data] {
        templates.files.filter { !$0.key.contains("/") && $0.key.hasSuffix(".mustache") }
    }
}
