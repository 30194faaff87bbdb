import Foundation
import JixiaoCore

/// What travels inside the `jixiao` executable: the built-in templates, CSS, JS and locale
/// files (the repository's `site-templates/`), the `init` scaffold (`scaffold/`), and the
/// version and commit it was built from.
public enum BuiltIn {
    /// Every embedded file, by path from the repository root.
    static let all = EmbeddedFileSystem(files: embeddedFiles.mapValues { Data(base64Encoded: $0) ?? Data() })

    /// The built-in `site-templates/` folder.
    public static let templates = all.subtree("site-templates")

    /// The `init` scaffolds, one folder per locale (`zh-CN/`, `en/`).
    public static let scaffolds = all.subtree("scaffold")

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
            let tree = scaffolds.subtree(folder)
            for path in tree.walk("") { files[path] = tree.files[path] }
        }
        return files
    }

    /// The built-in Mustache templates (`*.mustache` at the top of `site-templates/`), by file name.
    public static var templateFiles: [String: Data] {
        templates.files.filter { !$0.key.contains("/") && $0.key.hasSuffix(".mustache") }
    }
}
