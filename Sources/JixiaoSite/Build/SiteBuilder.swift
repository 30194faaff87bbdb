import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// Builds the static site as a list of named stages (``stages``), content → rules →
/// analytics → templates → policies → pages → output, each timed and reported in one place.
/// Content and templates are read through ``FileSystem``s and the site is written to a
/// ``SiteOutput``; the output is replaced only when every stage succeeded.
public struct SiteBuilder: Sendable {
    /// The options.
    public let options: SiteOptions
    /// The content folder.
    public let contentFiles: any FileSystem
    /// The built-in templates folder (`site-templates`).
    public let templateFiles: any FileSystem
    /// Where the site is written.
    public let output: any SiteOutput

    /// A builder on the disk: the folders and the output named by the options.
    public init(options: SiteOptions) {
        self.init(
            options: options, content: LocalFileSystem(root: options.contentFolder),
            templates: options.templateFiles ?? LocalFileSystem(root: options.templatesFolder), output: OutputFolder(output: options.output)
        )
    }

    /// A builder on the given file systems and output (for example all in memory); the
    /// folder names in `options` then only label messages.
    public init(options: SiteOptions, content: any FileSystem, templates: any FileSystem, output: any SiteOutput) {
        self.options = options
        contentFiles = content
        templateFiles = templates
        self.output = output
    }

    /// The stages of this build, in order.
    public var stages: [BuildStage] {
        var list = computeStages
        if case .department = options.edition { list.append(BuildStage("edition", selectEdition)) }
        return list + pageStages + [BuildStage("output", commitOutput)]
    }

    /// Runs the build; on any error the staged output is thrown away. When the published
    /// site was built from exactly this input (and `rebuild` is off), nothing is rendered or
    /// written: the summary says it is up to date and repeats that build's warnings. When only
    /// policy bodies changed, only what they reach is rendered (``rebuildBodies(input:groups:progress:)``).
    public func build(progress: BuildProgress = BuildProgress()) throws(DiagnosticError) -> BuildSummary {
        let (input, groups) = InputFingerprint.measure(options: options, content: contentFiles, templates: templateFiles)
        if !options.rebuild, let record = output.unchanged(input: input) { return upToDate(record, progress: progress) }
        if let summary = rebuildBodies(input: input, groups: groups, progress: progress) { return summary }
        var state = BuildState(progress: progress)
        (state.input, state.groups) = (input, groups)
        do {
            for stage in stages {
                progress.begin(stage.name)
                let detail = try stage.run(&state)
                progress.end(detail)
            }
        } catch {
            output.discard()
            throw error
        }
        let totals = output.totals
        var summary = BuildSummary(
            pages: totals.paths.filter { $0.hasSuffix(".html") }.count, files: totals.files, bytes: totals.bytes,
            seconds: progress.elapsed, warnings: state.warnings, reused: output.reused)
        summary.publishing = Self.publishing(summary)
        return summary
    }

    /// Runs output work, turning a failure to write into a diagnostic.
    func writing(_ work: () throws -> Void) throws(DiagnosticError) {
        do {
            try work()
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: options.output), "writing the site failed: \(error.localizedDescription)",
                    fix: "check free disk space and permissions; the previous site was left as it was"))
        }
    }
}
