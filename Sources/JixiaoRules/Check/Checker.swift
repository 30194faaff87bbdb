import Foundation
import JixiaoCore
import JixiaoMarkdown

/// The `check` stage: loads a content folder and runs every validation that does not
/// need to render pages.
public enum Checker {
    /// Checks the content folder at `path` on disk.
    public static func check(contentFolder path: String) -> ContentLoader.Outcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ContentLoader.Outcome(
                content: nil,
                diagnostics: [
                    .error(
                        SourceLocation(file: path), "content folder not found",
                        fix: "pass the folder that holds site.yaml, e.g. jixiao check content")
                ])
        }
        return check(fileSystem: LocalFileSystem(root: path))
    }

    /// Checks content on any file system: loading, then the rules (compiled and evaluated,
    /// so scope conflicts are found too).
    public static func check(fileSystem: any FileSystem) -> ContentLoader.Outcome {
        var outcome = ContentLoader(fileSystem: fileSystem).load()
        guard let content = outcome.content else { return outcome }
        let run = RulesEngine(content: content).run()
        outcome.diagnostics += run.diagnostics + ClosedMonthComparison.verify(content: content, results: run.results)
        outcome.diagnostics += missingEnglish(content: content, versions: run.results?.versions ?? [])
        if outcome.hasErrors { outcome.content = nil }
        outcome.diagnostics.sort { $0.location < $1.location }
        return outcome
    }
}
