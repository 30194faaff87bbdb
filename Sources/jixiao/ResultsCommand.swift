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
        abstract: "Compute every rule and print the results as JSON (a managers' build writes the same values into data/results/, one file per period, as tables)."
    )

    @Argument(help: "The content folder.") var content: String = "content"
    @Option(help: MonthOption.help) var month: String?
    @Flag(help: "Indent the JSON.") var pretty = false
    @Flag(help: "Print how long each stage took to standard error (for benchmarks).") var timings = false

    func run() throws {
        let cutoff = try MonthOption.parse(month)
        try ContentArgument.requireFolder(content, command: "results")
        let json: [[UInt8]]
        var laps: [String] = []
        do {
            var timer = StageTimer()
            func lap(_ stage: String) {
                let seconds = timer.lap()
                if timings { laps.append("\(stage): \(String(format: "%.3f", seconds)) s") }
            }
            var loaded = try ContentLoader(fileSystem: LocalFileSystem(root: content)).loadOrThrow()
            if let cutoff { loaded = try loaded.cutOff(at: cutoff) }
            lap("load content")
            let results = try RulesEngine(content: loaded).evaluate()
            lap("rules")
            let analytics = Analytics.compute(content: loaded, results: results)
            lap("analytics (rankings, roll-ups, trends)")
            try ClosedMonthComparison.enforce(content: loaded, results: results, analytics: analytics)
            json = ResultsJSON.renderParts(content: loaded, results: results, analytics: analytics, indent: pretty ? 2 : 0)
            lap("results JSON")
        } catch {
            for d in error.diagnostics { try Console.err(d.description) }
            throw ExitCode(1)
        }
        for line in laps { try Console.err(line) }
        for part in json { try Console.out(part) }
    }
}
