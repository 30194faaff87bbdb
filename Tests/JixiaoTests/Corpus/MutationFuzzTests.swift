import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 12's fuzz test, as a seeded mutation test that runs in CI: valid CSV, YAML and
/// front matter, formulas and templates are mutated (2,600 runs in all, the same on every
/// machine) and checked in-process on a `MemoryFileSystem`. No input may crash, and every
/// failure must be a diagnostic that names a file.
@Suite("Mutation fuzzing")
struct MutationFuzzTests {
    /// The seed of every run (run `n` of a test uses `seed + n`); `JIXIAO_FUZZ_SEED` sets
    /// another one for exploring beyond what CI runs.
    static let seed: UInt64 = ProcessInfo.processInfo.environment["JIXIAO_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_112
    /// Runs per test part; each test has four parts so both cores are used.
    static let parts = 0..<4

    static let csvMutator = Mutator(
        tokens: ["\"", "\"\"", ",", ",,,,", "\n\n", "E001", "E999", "cs", "2026-02-30", "0001-01-01", "-1", "1e999", "12,500", "\t", ";"],
        nesting: ("\"", "\""))
    static let yamlMutator = Mutator(
        tokens: [
            ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "? ", "|", ">", "---", "...", "  ", "\t", "title: x", "rules:",
            "2026-13", "%YAML 1.2",
        ],
        nesting: ("[", "]"))
    static let formulaMutator = Mutator(
        tokens: ["(", ")", "/ 0", "*", "+", "-", "IF(", "PROGRESSIVE(", ",", "sales", "salse", "%", "1e400", "..", ">=", "AND(", "'"],
        nesting: ("(", ")"), longFields: [100, 1_000])
    static let templateMutator = Mutator(
        tokens: [
            "{{", "}}", "{{{", "}}}", "{{#a}}", "{{/a}}", "{{^a}}", "{{> header}}", "{{> page}}", "{{> footer}}", "{{<header}}", "{{$b}}",
            "{{=<% %>=}}", "{{!", "{{&", "{{% X }}",
        ],
        nesting: ("{{#a}}", "{{/a}}"))

    /// Checks a mutated company: no crash got us here; every diagnostic names a file, and
    /// content is withheld exactly when there is an error.
    static func expectDiagnosed(_ files: MemoryFileSystem, run: UInt64, _ what: String) {
        let outcome = Checker.check(fileSystem: files)
        for diagnostic in outcome.diagnostics {
            #expect(
                !diagnostic.location.file.isEmpty, "run \(run) (\(what)): a diagnostic without a file: \(diagnostic.message.prefix(200))")
        }
        #expect(outcome.hasErrors == (outcome.content == nil), "run \(run) (\(what))")
    }

    /// Runs one part of `total` mutations of the company's files `sources` (path, valid text).
    static func fuzzCompany(_ sources: [(String, String)], _ mutator: Mutator, name: String, part: Int, total: Int, seed: UInt64) {
        for run in runs(part: part, total: total) {
            var rng = SeededGenerator(seed: seed &+ run)
            let (path, text) = sources[Int(run) % sources.count]
            let input = mutator.mutate(Array(text.utf8), &rng)
            trace(name, part: part, run: run, Array(path.utf8) + [10] + input)
            expectDiagnosed(company(path, input), run: run, path)
        }
    }

    /// The corpus company with one file replaced by `bytes`.
    static func company(_ path: String, _ bytes: [UInt8]) -> MemoryFileSystem {
        var files = BadInputCorpus.base().files
        files[path] = Data(bytes)
        return MemoryFileSystem(data: files)
    }

    @Test("CSV files (employees, departments, transfers, monthly data): 800 mutations", arguments: parts)
    func csv(part: Int) {
        let sources: [(String, String)] = [
            ("employees.csv", Fixtures.employees), ("departments.csv", Fixtures.departments),
            ("data/2025-12/cs.csv", Fixtures.month1),
            ("transfers.csv", "employee,month,from,from_role,department,role\nE003,2026-01,cs,cs-agent,logistics,warehouse\n"),
        ]
        Self.fuzzCompany(sources, Self.csvMutator, name: "csv", part: part, total: 800, seed: Self.seed)
    }

    @Test("YAML: site.yaml and policy front matter with rules: 600 mutations", arguments: parts)
    func yaml(part: Int) {
        let sources: [(String, String)] = [
            ("site.yaml", Fixtures.site), ("policies/cs.md", Fixtures.policy), ("policies/rules.md", BadInputCorpus.rules),
            (
                "site.yaml",
                Fixtures.site + "\ndata_files:\n  expected: [cs, {file: visits, from: 2026-01}]\n  optional: [bonus]\n"
                    + "  max_row_drop: 30%\n  columns: {complaints: count, sales: money, rate: percent, rating: {min: 1, max: 5}}\n"
            ),
        ]
        Self.fuzzCompany(sources, Self.yamlMutator, name: "yaml", part: part, total: 600, seed: Self.seed &+ 10_000)
    }

    @Test("formulas: 600 parsed alone and 200 inside a policy", arguments: parts)
    func formulas(part: Int) {
        let formulas = [
            "60 * sales / 30000", "40 - 15 * complaints", "PROGRESSIVE(sales, commission)",
            "IF(complaints >= 1, 50) + IF(complaints >= 2, 100)", "1000 * coefficient",
        ]
        let origin = SourceLocation(file: "policies/rules.md", line: 27, column: 38)
        for run in Self.runs(part: part, total: 800) {
            var rng = SeededGenerator(seed: Self.seed &+ 20_000 &+ run)
            let formula = formulas[Int(run) % formulas.count]
            let mutated = String(decoding: Self.formulaMutator.mutate(Array(formula.utf8), &rng), as: UTF8.self)
            Self.trace("formula", part: part, run: run, Array(mutated.utf8))
            if run % 4 != 0 {
                do {
                    _ = try Formula.parse(mutated, origin: origin)
                } catch {
                    #expect(error.location.file == "policies/rules.md", "run \(run): \(mutated.prefix(200))")
                    #expect((error.location.line ?? 0) >= 27, "run \(run): \(mutated.prefix(200))")
                }
            } else {
                let quoted = "'" + mutated.replacingOccurrences(of: "'", with: "''") + "'"
                let policy = BadInputCorpus.rules.replacingOccurrences(of: "formula: 1000 * coefficient", with: "formula: " + quoted)
                Self.expectDiagnosed(Self.company("policies/rules.md", Array(policy.utf8)), run: run, "formula")
            }
        }
    }

    @Test("templates: 400 mutations, loaded and rendered", arguments: parts)
    func templates(part: Int) {
        let templates = [
            "page.mustache": "{{> header}}\n<main>{{#people}}<p>{{name}}</p>{{/people}}{{^people}}—{{/people}}</main>\n{{> footer}}\n",
            "header.mustache": "<header>{{title}}{{#nav}}<a href=\"{{href}}\">{{label}}</a>{{/nav}}</header>\n",
            "footer.mustache": "<footer>{{{company}}}</footer>\n",
        ]
        let names = templates.keys.sorted()
        for run in Self.runs(part: part, total: 400) {
            var rng = SeededGenerator(seed: Self.seed &+ 30_000 &+ run)
            let name = names[Int(run) % names.count]
            var files = templates.mapValues { Data($0.utf8) }
            let input = Self.templateMutator.mutate(Array(templates[name]!.utf8), &rng)
            Self.trace("template", part: part, run: run, Array(name.utf8) + [10] + input)
            files[name] = Data(input)
            let model = FuzzPage(title: "标题", company: "<b>公司</b>", people: [FuzzPerson(name: "王芳")], nav: [])
            do {
                let set = try TemplateSet.load(
                    base: MemoryFileSystem(data: files), baseLabel: "site-templates/", override: nil, overrideLabel: "content/templates/")
                _ = try set.render(model, template: "page")
            } catch {
                #expect(!error.diagnostics.isEmpty, "run \(run)")
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.location.file.hasPrefix("site-templates/"), "run \(run): \(diagnostic.message.prefix(200))")
                    #expect(!diagnostic.message.contains("ParserError"), "run \(run): \(diagnostic.message.prefix(200))")
                }
            }
        }
    }

    /// With `JIXIAO_FUZZ_TRACE=DIR`, writes the input of each run to `DIR/<test>-<part>` before
    /// it runs, so the input of a crash can be recovered.
    static func trace(_ test: String, part: Int, run: UInt64, _ input: [UInt8]) {
        guard let dir = ProcessInfo.processInfo.environment["JIXIAO_FUZZ_TRACE"] else { return }
        _ = FileManager.default.createFile(atPath: "\(dir)/\(test)-\(part)", contents: Data("run \(run)\n".utf8) + Data(input))
    }

    /// The run numbers of one part of a test.
    static func runs(part: Int, total: Int) -> [UInt64] {
        stride(from: part, to: total, by: parts.count).map { UInt64($0) }
    }
}
