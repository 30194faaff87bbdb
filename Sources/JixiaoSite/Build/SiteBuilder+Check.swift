import Foundation
import JixiaoCore
import JixiaoRules

/// `jixiao check`'s site half: the whole build, with nothing written.
extension SiteBuilder {
    /// Runs every stage of this build (content, rules, templates and locale keys, policy
    /// links, page names, every page rendered) against a ``DiscardingOutput`` instead of
    /// ``output``, so whatever would make `build` fail is found and nothing is written.
    /// - Returns: the build's errors, or its warnings when it would succeed.
    public func check(progress: BuildProgress = BuildProgress(quiet: true)) -> [Diagnostic] {
        let dryRun = SiteBuilder(options: options, content: contentFiles, templates: templateFiles, output: DiscardingOutput())
        do {
            return try dryRun.build(progress: progress).warnings
        } catch {
            return error.diagnostics
        }
    }
}
