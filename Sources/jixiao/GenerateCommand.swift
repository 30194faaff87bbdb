import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// `jixiao generate`: writes a synthetic company for tests and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic company (deterministic from a seed) as a content folder."
    )

    @Option(help: "Number of employees.") var employees: Int = 1000
    @Option(help: "Number of months of data.") var months: Int = 12
    @Option(help: "Last month with data (YYYY-MM).") var end: String = "2026-11"
    @Option(help: "Random seed.") var seed: UInt64 = 42
    @Option(help: "Copy the policies of this folder (e.g. content/policies); when one declares an assessment calendar, also write assessments.csv in the example's shape.") var policies: String?
    @Option(name: .shortAndLong, help: "Output folder (replaced).") var output: String
    @Flag(help: "Replace an existing non-empty output folder that jixiao did not write.") var force = false

    func run() throws {
        guard let endMonth = Month(parsing: end) else { throw ValidationError("--end must be a month written YYYY-MM") }
        guard employees > 0, employees <= 1_000_000, months > 0, months <= 240 else {
            throw ValidationError("--employees must be 1…1,000,000 and --months 1…240")
        }
        try OutputSafety(inputs: policies.map { [.init("policies folder", $0)] } ?? [], force: force)
            .enforce(output: output, command: "generate")
        var policyFiles: [String: String] = [:]
        if let policies {
            let fs = LocalFileSystem(root: policies)
            for name in fs.list("") where name.hasSuffix(".md") {
                policyFiles[name] = String(decoding: try fs.read(name), as: UTF8.self)
            }
        }
        let company = SyntheticCompany(employees: employees, months: months, endMonth: endMonth, seed: seed)
        let files = company.files(policies: policyFiles)
        let manager = FileManager.default
        let temporary = output + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: temporary)
        for path in files.keys.sorted() {
            let url = URL(fileURLWithPath: temporary + "/" + path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(files[path]!.utf8).write(to: url)
        }
        try? manager.removeItem(atPath: output)
        try manager.moveItem(atPath: temporary, toPath: output)
        try OutputSafety.mark(output: output, command: "generate")
        try Console.err("jixiao generate: \(employees) employees × \(months) months → \(output) (\(files.count) files)")
    }
}
