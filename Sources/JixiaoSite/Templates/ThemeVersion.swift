import Foundation
import JixiaoCore

/// The theme version line each built-in template starts with, `{{! jixiao-theme 1 }}` (a
/// Mustache comment, which renders as nothing). `jixiao theme export` copies it into the
/// exported files, so a build can tell that an override was exported from an older theme.
public enum ThemeVersion {
    /// The marker inside the comment.
    public static let marker = "jixiao-theme"

    /// The version a template's first line declares; `nil` when it has no version line.
    public static func version(of text: String) -> Int? {
        let first = text.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespacesAndNewlines)
        guard first.hasPrefix("{{!"), first.hasSuffix("}}") else { return nil }
        let words = first.dropFirst(3).dropLast(2).split(separator: " ")
        guard words.count == 2, words[0] == marker else { return nil }
        return Int(words[1])
    }

    /// One warning per template in `override` that replaces a versioned built-in one and
    /// declares an older version (or none).
    public static func warnings(base: any FileSystem, override: any FileSystem, overrideLabel: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for name in override.list("") where name.hasSuffix(".mustache") {
            guard let builtIn = text(base, name).flatMap(version(of:)), let overriding = text(override, name) else { continue }
            let declared = version(of: overriding)
            if let declared, declared >= builtIn { continue }
            let was = declared.map { "theme version \($0)" } ?? "no theme version line"
            result.append(
                .warning(
                    SourceLocation(file: overrideLabel + name, line: 1),
                    "this template override has \(was), older than the built-in templates' version \(builtIn); it may miss newer parts of the page",
                    fix:
                        "export the current templates with  jixiao theme export DIR , carry your changes over, and keep the first line {{! \(marker) \(builtIn) }}"
                ))
        }
        return result
    }

    /// A file's text, when it is readable UTF-8.
    static func text(_ fs: any FileSystem, _ path: String) -> String? {
        (try? fs.read(path)).flatMap { String(data: $0, encoding: .utf8) }
    }
}
