import ArgumentParser
import Foundation
import Jixiao

/// `jixiao results`: computes everything and prints the results JSON.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Compute every rule and print the results as JSON (the same as data/results.json in a managers' build)."
    )

    @Argument(help: "The content folder.") var content: String = "content"
    @Flag(help: "Indent the JSON.") var pretty = false

    func run() throws {
        let loaded: Content
        do {
            loaded = try ContentLoader(fileSystem: LocalFileSystem(root: content)).loadOrThrow()
            let results = try RulesEngine(content: loaded).evaluate()
            let analytics = Analytics.compute(content: loaded, results: results)
            print(ResultsJSON.render(content: loaded, results: results, analytics: analytics, indent: pretty ? 2 : 0), terminator: "")
        } catch {
            for d in error.diagnostics { printErr(d.description) }
            throw ExitCode(1)
        }
    }
}
