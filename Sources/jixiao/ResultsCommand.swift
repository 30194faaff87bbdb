import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// `jixiao results`: computes everything and prints the results JSON.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Compute every rule and print the results as JSON (the same as data/results.json in a managers' build)."
    )

    @Argument(help: "The content folder.") var content: String = "content"
    @Flag(help: "Indent the JSON.") var pretty = false
    @Flag(help: "Print how long each stage took to standard error (for benchmarks).") var timings = false

    func run() throws {
        let loaded: Content
        do {
            var timer = StageTimer()
            func lap(_ stage: String) {
                let seconds = timer.lap()
                if timings { printErr("\(stage): \(String(format: "%.3f", seconds)) s") }
            }
            loaded = try ContentLoader(fileSystem: LocalFileSystem(root: content)).loadOrThrow()
            lap("load content")
            let results = try RulesEngine(content: loaded).evaluate()
            lap("rules")
            let analytics = Analytics.compute(content: loaded, results: results)
            lap("analytics (rankings, roll-ups, trends)")
            let json = ResultsJSON.renderParts(content: loaded, results: results, analytics: analytics, indent: pretty ? 2 : 0)
            lap("results JSON")
            for part in json { FileHandle.standardOutput.write(Data(part)) }
        } catch {
            for d in error.diagnostics { printErr(d.description) }
            throw ExitCode(1)
        }
    }
}
