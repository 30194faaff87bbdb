import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// `jixiao check [CONTENT]`: validates a content folder and lists every problem: the rules
/// checks (``Checker``), then the whole site build with nothing written
/// (``SiteBuilder/check(progress:)``: policy links, page names, templates, locale keys), so
/// that a content folder `check` accepts also builds.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a content folder and print every problem as file:line:column: error|warning: message."
    )

    @Argument(help: "The content folder.")
    var content: String = "content"

    @Option(help: MonthOption.help) var month: String?
    @Option(help: "Check the site for this audience: staff or managers.") var audience: String = "managers"
    @Option(help: "Check the site in this interface language: zh-CN or en (default: site.yaml).") var locale: String?
    @Option(help: "Folder of the built-in templates.") var templates: String?

    func run() throws {
        let options = try SiteArguments.options(
            content: content, templates: templates, output: "_site", audience: audience,
            locale: locale, month: month)
        var diagnostics = Checker.check(contentFolder: content, month: options.month).diagnostics
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue {
            var seen = Set(diagnostics.map(\.description))
            diagnostics += SiteBuilder(options: options).check().filter { seen.insert($0.description).inserted }
        }
        for diagnostic in diagnostics { try Console.out(line: diagnostic.description) }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        try Console.err("jixiao check: \(errors) error(s), \(warnings) warning(s) in \(content)")
        if errors > 0 { throw ExitCode(1) }
    }
}
