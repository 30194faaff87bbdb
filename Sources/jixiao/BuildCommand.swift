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
    @Option(help: "staff (policies; leaderboards if allowed; never pay) or managers (everything).") var audience: String = "managers"
    @Option(help: "Interface language: zh-CN or en (default: site.yaml).") var locale: String?
    @Option(help: "Build as of this closed month, YYYY-MM (later data is ignored).") var month: String?
    @Option(help: "Folder of the built-in templates.") var templates: String?
    @Flag(help: "Print nothing but errors.") var quiet = false
    @Flag(help: "Also write every download (and the managers' monthly payroll) as an Excel workbook (.xlsx).") var xlsx = false

    func run() throws {
        guard let audience = Audience(rawValue: audience) else { throw ValidationError("--audience must be staff or managers") }
        var cutoff: Month? = nil
        if let month {
            guard let m = Month(parsing: month) else { throw ValidationError("--month must be a month written YYYY-MM") }
            cutoff = m
        }
        if let locale, !SiteSettings.supportedLocales.contains(locale) { throw ValidationError("--locale must be zh-CN or en") }
        var options = SiteOptions(contentFolder: content, templatesFolder: templates ?? Self.defaultTemplates(), output: output,
                                  audience: audience, locale: locale, month: cutoff)
        options.workbooks = xlsx
        let progress = BuildProgress(quiet: quiet)
        do {
            let summary = try SiteBuilder(options: options).build(progress: progress)
            for w in summary.warnings { printErr(w.description) }
            if !quiet {
                printErr(String(format: "jixiao build: %d pages, %d files, %.1f MB in %.2f s → %@ (%@)", summary.pages, summary.files,
                                Double(summary.bytes) / 1_048_576, summary.seconds, output, audience.rawValue))
            }
        } catch {
            for d in error.diagnostics { printErr(d.description) }
            printErr("jixiao build: failed with \(error.diagnostics.filter { $0.severity == .error }.count) error(s); \(output) was left as it was")
            throw ExitCode(1)
        }
    }

    /// `site-templates` next to the working directory, or beside the executable's package.
    static func defaultTemplates() -> String {
        let fm = FileManager.default
        if fm.fileExists(atPath: "site-templates") { return "site-templates" }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("site-templates").path
            if fm.fileExists(atPath: candidate) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return "site-templates"
    }
}
