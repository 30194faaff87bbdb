import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// `jixiao build`: builds the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site from a content folder."
    )

    @Argument(help: "The content folder.") var content: String = "content"
    @Option(name: .shortAndLong, help: "Output folder (replaced only when the build succeeds).") var output: String = "_site"
    @Option(help: "staff (policies; leaderboards if allowed; never pay) or managers (everything); same as --edition staff|company.")
    var audience: String = "managers"
    @Option(help: "staff, company, or department:<id> (a managers' edition with only that department and its sub-departments).")
    var edition: String?
    @Flag(help: "Write every edition into the output folder: staff/, company/, one folder per edition department, and nginx.conf.example.")
    var allEditions = false
    @Option(help: "Interface language: zh-CN or en (default: site.yaml).") var locale: String?
    @Option(help: MonthOption.help) var month: String?
    @Option(help: "Folder of the built-in templates.") var templates: String?
    @Flag(help: "Replace an existing non-empty output folder that an earlier build did not write.") var force = false
    @Flag(help: "Render and publish even when the site is up to date (same input as the last build); --force implies it.")
    var rebuild = false
    @Flag(help: "Print nothing but errors.") var quiet = false
    @Flag(inversion: .prefixedNo, help: "Also write every download (and the managers' monthly payroll) as an Excel workbook (.xlsx), linked beside the CSV.")
    var xlsx = true

    func run() throws {
        var options = try SiteArguments.options(
            content: content, templates: templates, output: output, audience: audience,
            locale: locale, month: month)
        try ContentArgument.requireFolder(content, command: "build")
        var inputs: [OutputSafety.Input] = [.init("content folder", content)]
        if options.templateFiles == nil { inputs.append(.init("templates folder", options.templatesFolder)) }
        try OutputSafety(inputs: inputs, force: force).enforce(output: output, command: "build")
        options.workbooks = xlsx
        options.rebuild = rebuild || force
        let progress = BuildProgress(quiet: quiet)
        if let edition { options.select(try EditionsCommand.parse(edition, allEditions: allEditions)) }
        if allEditions { return try EditionsCommand.run(options, output: output, progress: progress, quiet: quiet) }
        do {
            let summary = try SiteBuilder(options: options).build(progress: progress)
            for w in summary.warnings { try Console.err(w.description) }
            if !quiet, summary.upToDate {
                try Console.err(
                    "jixiao build: \(summary.publishing) → \(output) (\(options.edition?.description ?? options.audience.rawValue))")
            } else if !quiet {
                try Console.err(
                    String(
                        format: "jixiao build: %d pages, %d files (%@), %.1f MB in %.2f s → %@ (%@)", summary.pages, summary.files,
                        summary.publishing, Double(summary.bytes) / 1_048_576, summary.seconds, output,
                        options.edition?.description ?? options.audience.rawValue))
            }
        } catch let error as DiagnosticError {
            for d in error.diagnostics { try Console.err(d.description) }
            try Console.err(
                "jixiao build: failed with \(error.diagnostics.filter { $0.severity == .error }.count) error(s); \(output) was left as it was"
            )
            throw ExitCode(1)
        }
    }
}
