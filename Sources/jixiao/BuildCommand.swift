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
    @Option(help: MonthOption.help) var month: String?
    @Option(help: "Folder of the built-in templates.") var templates: String?
    @Flag(help: "Replace an existing non-empty output folder that an earlier build did not write.") var force = false
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        guard let audience = Audience(rawValue: audience) else { throw ValidationError("--audience must be staff or managers") }
        let cutoff = try MonthOption.parse(month)
        if let locale, !SiteSettings.supportedLocales.contains(locale) { throw ValidationError("--locale must be zh-CN or en") }
        try ContentArgument.requireFolder(content, command: "build")
        let templatesFolder = templates ?? Self.defaultTemplates()
        try OutputSafety(inputs: [.init("content folder", content), .init("templates folder", templatesFolder)], force: force)
            .enforce(output: output, command: "build")
        let options = SiteOptions(contentFolder: content, templatesFolder: templatesFolder, output: output,
                                  audience: audience, locale: locale, month: cutoff)
        let progress = BuildProgress(quiet: quiet)
        do {
            let summary = try SiteBuilder(options: options).build(progress: progress)
            try OutputSafety.mark(output: output, command: "build")
            for w in summary.warnings { try Console.err(w.description) }
            if !quiet {
                try Console.err(String(format: "jixiao build: %d pages, %d files, %.1f MB in %.2f s → %@ (%@)", summary.pages, summary.files,
                                Double(summary.bytes) / 1_048_576, summary.seconds, output, audience.rawValue))
            }
        } catch let error as DiagnosticError {
            for d in error.diagnostics { try Console.err(d.description) }
            try Console.err("jixiao build: failed with \(error.diagnostics.filter { $0.severity == .error }.count) error(s); \(output) was left as it was")
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
