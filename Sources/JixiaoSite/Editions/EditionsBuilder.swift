import Foundation
import JixiaoCore
import JixiaoRules

/// Builds every edition at once (`jixiao build --all-editions -o out/`): content, rules,
/// analytics, templates and policies are computed once, then each edition's page set is made
/// from that one computation (a department's cut down by ``EditionScoper``) into its own
/// folder: `staff/`, `company/`, and one per edition department. The folders are swapped in
/// only when every edition succeeded. When every edition folder was built from exactly this
/// input (by ``EditionsRecord`` and each folder's manifest), nothing is loaded or rendered.
public struct EditionsBuilder: Sendable {
    /// The options; `output` is the folder that receives the edition folders.
    public let options: SiteOptions
    /// The content folder.
    public let contentFiles: any FileSystem
    /// The built-in templates.
    public let templateFiles: any FileSystem
    /// The output folder read back (for ``EditionsRecord``); `nil` when there is none to read.
    public let root: (any FileSystem)?
    /// The output of each edition, by folder name.
    public let outputs: @Sendable (String) -> any SiteOutput

    /// A builder on the disk: each edition goes to `options.output/<folder>`.
    public init(options: SiteOptions) {
        let root = options.output
        self.init(
            options: options, content: LocalFileSystem(root: options.contentFolder),
            templates: options.templateFiles ?? LocalFileSystem(root: options.templatesFolder), root: LocalFileSystem(root: root)
        ) { name in OutputFolder(output: (root as NSString).appendingPathComponent(name)) }
    }

    /// A builder on the given file systems, writing each edition to `outputs(folder name)`;
    /// `root` is the output folder read back, to find the previous build's ``EditionsRecord``.
    public init(
        options: SiteOptions, content: any FileSystem, templates: any FileSystem, root: (any FileSystem)? = nil,
        outputs: @escaping @Sendable (String) -> any SiteOutput
    ) {
        self.options = options
        contentFiles = content
        templateFiles = templates
        self.root = root
        self.outputs = outputs
    }

    /// One edition made: its builder (holding its staged output), its warnings and seconds.
    typealias Made = (edition: Edition, builder: SiteBuilder, warnings: [Diagnostic], seconds: Double)

    /// Builds every edition; on any error no edition folder is replaced. With unchanged input
    /// (and `rebuild` off) nothing is rendered: the summary says the editions are up to date.
    public func build(progress: BuildProgress = BuildProgress()) throws(DiagnosticError) -> EditionsSummary {
        var inputs: [Edition: String] = [:]
        if !options.rebuild {
            let check = previous()
            if let summary = check.summary { return summary }
            inputs = check.inputs
        }
        var shared = options
        shared.select(.company)
        let base = SiteBuilder(options: shared, content: contentFiles, templates: templateFiles, output: DiscardingOutput())
        var state = BuildState(progress: progress)
        for stage in base.computeStages { try run(stage, &state, progress) }
        var company = try state.need(state.site, "site context")
        // Every edition's search index holds the same policy sections: split the bodies once.
        company.policySections = company.content.policies.indices.map { PolicySection.split(company.policyBodies[$0]?.html ?? "") }
        state.site = company
        let departments = EditionScope.declared(company.content).map { Edition.department($0) }
        let missing = ([Edition.staff, .company] + departments).filter { inputs[$0] == nil }
        if !missing.isEmpty { inputs.merge(fingerprints(missing)) { a, _ in a } }
        var done: [Made] = []
        do throws(DiagnosticError) {
            for edition in [Edition.staff, .company] {
                done.append(try make(edition, from: state, company, input: inputs[edition] ?? "", sharing: nil, progress))
            }
            let made = makeDepartments(departments, from: state, company, inputs: inputs, sharing: done[1].builder.output, progress)
            done += made.compactMap { try? $0.get() }
            let failures = made.compactMap { result -> DiagnosticError? in
                if case .failure(let error) = result { return error }
                return nil
            }
            if !failures.isEmpty { throw DiagnosticError(failures.flatMap(\.diagnostics)) }
            for d in done { try d.builder.writing { try d.builder.output.commit() } }
        } catch {
            for d in done { d.builder.output.discard() }
            throw error
        }
        return summary(done, company, progress)
    }

    /// Makes the department editions side by side (as many at once as there are cores; each
    /// edition's page workers then share them), copying what they share from `sharing`, the
    /// company edition's staged output. They are reported as one stage: each edition's own
    /// stages go to a quiet reporter of its own, and its seconds are in the summary.
    func makeDepartments(
        _ editions: [Edition], from state: BuildState, _ company: SiteContext, inputs: [Edition: String], sharing: any SiteOutput,
        _ progress: BuildProgress
    ) -> [Result<Made, DiagnosticError>] {
        guard !editions.isEmpty else { return [] }
        progress.begin(editions.map(\.folderName).joined(separator: ", "))
        let made = ConcurrentMap.map(editions) { edition -> Result<Made, DiagnosticError> in
            do throws(DiagnosticError) {
                let own = BuildProgress(interactive: false, quiet: true)
                return .success(try make(edition, from: state, company, input: inputs[edition] ?? "", sharing: sharing, own))
            } catch {
                return .failure(error)
            }
        }
        progress.end("\(editions.count) department editions, side by side")
        return made
    }

    /// The options of one edition's build (what a separate `--edition` build would use).
    func editionOptions(_ edition: Edition) -> SiteOptions {
        var options = self.options
        options.select(edition)
        options.output = (self.options.output as NSString).appendingPathComponent(edition.folderName)
        return options
    }

    /// Makes one edition's pages from the shared computation into its staged output (a
    /// department's copying what it shares with the company edition from `sharing`, the
    /// company's staged output), and records its input fingerprint, language and warnings.
    func make(
        _ edition: Edition, from state: BuildState, _ company: SiteContext, input: String, sharing: (any SiteOutput)?,
        _ progress: BuildProgress
    ) throws(DiagnosticError) -> Made {
        let builder = SiteBuilder(
            options: editionOptions(edition), content: contentFiles, templates: templateFiles, output: outputs(edition.folderName))
        let start = progress.elapsed
        var editionState = state
        let site = try company.edition(edition)
        editionState.select(edition, site)
        if case .department = edition, let sharing {
            editionState.sharing = EditionSharing(company: company, edition: site, output: sharing)
        }
        for stage in builder.pageStages {
            try run(BuildStage("\(edition.folderName): \(stage.name)", stage.run), &editionState, progress)
        }
        builder.output.remember(BuildRecord(input: input, locale: company.loc.locale, warnings: editionState.warnings))
        return (edition, builder, editionState.warnings, progress.elapsed - start)
    }

    /// The summary of a build that wrote every edition.
    func summary(_ done: [Made], _ company: SiteContext, _ progress: BuildProgress) -> EditionsSummary {
        EditionsSummary(
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
            record: EditionsRecord(editions: done.map(\.edition)).text, seconds: progress.elapsed)
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
