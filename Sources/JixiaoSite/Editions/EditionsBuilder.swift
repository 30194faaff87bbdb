import Foundation
import JixiaoCore
import JixiaoRules

/// Builds every edition at once (`jixiao build --all-editions -o out/`): content, rules,
/// analytics, templates and policies are computed once, then each edition's page set is made
/// from that one computation (a department's cut down by ``EditionScoper``) into its own
/// folder: `staff/`, `company/`, and one per edition department. The folders are swapped in
/// only when every edition succeeded.
public struct EditionsBuilder: Sendable {
    /// The options; `output` is the folder that receives the edition folders.
    public let options: SiteOptions
    /// The content folder.
    public let contentFiles: any FileSystem
    /// The built-in templates.
    public let templateFiles: any FileSystem
    /// The output of each edition, by folder name.
    public let outputs: @Sendable (String) -> any SiteOutput

    /// A builder on the disk: each edition goes to `options.output/<folder>`.
    public init(options: SiteOptions) {
        let root = options.output
        self.init(
            options: options, content: LocalFileSystem(root: options.contentFolder),
            templates: options.templateFiles ?? LocalFileSystem(root: options.templatesFolder)
        ) { name in OutputFolder(output: (root as NSString).appendingPathComponent(name)) }
    }

    /// A builder on the given file systems, writing each edition to `outputs(folder name)`.
    public init(
        options: SiteOptions, content: any FileSystem, templates: any FileSystem, outputs: @escaping @Sendable (String) -> any SiteOutput
    ) {
        self.options = options
        contentFiles = content
        templateFiles = templates
        self.outputs = outputs
    }

    /// Builds every edition; on any error no edition folder is replaced.
    public func build(progress: BuildProgress = BuildProgress()) throws(DiagnosticError) -> EditionsSummary {
        var shared = options
        shared.select(.company)
        let base = SiteBuilder(options: shared, content: contentFiles, templates: templateFiles, output: DiscardingOutput())
        var state = BuildState(progress: progress)
        for stage in base.computeStages { try run(stage, &state, progress) }
        let company = try state.need(state.site, "site context")
        let editions = [Edition.staff, .company] + EditionScope.declared(company.content).map { Edition.department($0) }
        var done: [(edition: Edition, builder: SiteBuilder, warnings: [Diagnostic], seconds: Double)] = []
        do {
            for edition in editions {
                var options = self.options
                options.select(edition)
                options.output = (self.options.output as NSString).appendingPathComponent(edition.folderName)
                let builder = SiteBuilder(
                    options: options, content: contentFiles, templates: templateFiles, output: outputs(edition.folderName))
                let start = progress.elapsed
                var editionState = state
                editionState.select(edition, try company.edition(edition))
                for stage in builder.pageStages {
                    try run(BuildStage("\(edition.folderName): \(stage.name)", stage.run), &editionState, progress)
                }
                done.append((edition, builder, editionState.warnings, progress.elapsed - start))
            }
            for d in done { try d.builder.writing { try d.builder.output.commit() } }
        } catch {
            for d in done { d.builder.output.discard() }
            throw error
        }
        return EditionsSummary(
            editions: done.map { d in
                let totals = d.builder.output.totals
                return (
                    d.edition,
                    BuildSummary(
                        pages: totals.paths.filter { $0.hasSuffix(".html") }.count, files: totals.files, bytes: totals.bytes,
                        seconds: d.seconds, warnings: d.warnings, reused: d.builder.output.reused)
                )
            },
            nginxExample: NginxConfig.example(
                editions: done.map { ($0.edition, company.editionName($0.edition)) }, folder: Self.absolute(options.output),
                basePath: company.content.settings.basePath),
            seconds: progress.elapsed)
    }

    /// Runs one stage, timed and reported.
    func run(_ stage: BuildStage, _ state: inout BuildState, _ progress: BuildProgress) throws(DiagnosticError) {
        progress.begin(stage.name)
        let detail = try stage.run(&state)
        progress.end(detail)
    }

    /// `path` as an absolute, standardized path.
    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
