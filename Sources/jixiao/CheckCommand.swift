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

    func run() throws {
        let outcome = Checker.check(contentFolder: content)
        for diagnostic in outcome.diagnostics { print(diagnostic.description) }
        let errors = outcome.diagnostics.count { $0.severity == .error }
        let warnings = outcome.diagnostics.count { $0.severity == .warning }
        printErr("jixiao check: \(errors) error(s), \(warnings) warning(s) in \(content)")
        if errors > 0 { throw ExitCode(1) }
    }
}

/// Writes a line to standard error.
func printErr(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
