import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// `jixiao check [CONTENT]`: validates a content folder and lists every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a content folder and print every problem as file:line:column: error|warning: message."
    )

    @Argument(help: "The content folder.")
    var content: String = "content"

    @Option(help: MonthOption.help) var month: String?

    func run() throws {
        let outcome = Checker.check(contentFolder: content, month: try MonthOption.parse(month))
        for diagnostic in outcome.diagnostics { try Console.out(line: diagnostic.description) }
        let errors = outcome.diagnostics.count { $0.severity == .error }
        let warnings = outcome.diagnostics.count { $0.severity == .warning }
        try Console.err("jixiao check: \(errors) error(s), \(warnings) warning(s) in \(content)")
        if errors > 0 { throw ExitCode(1) }
    }
}
