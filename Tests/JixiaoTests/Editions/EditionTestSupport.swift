import Foundation
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Builds and state shared by the edition tests.
enum EditionTestSupport {
    /// The memory outputs `--all-editions` wrote, by folder name.
    final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [String: MemoryOutput] = [:]

        /// A new output for a folder, remembered.
        func output(_ name: String) -> any SiteOutput {
            lock.lock()
            defer { lock.unlock() }
            let output = MemoryOutput()
            made[name] = output
            return output
        }

        /// Each folder's committed files.
        var files: [String: [String: Data]] {
            lock.lock()
            defer { lock.unlock() }
            return made.mapValues(\.files)
        }
    }

    /// The example company in memory.
    static func example() throws -> MemoryFileSystem { try MemoryBuildTests.memoryCopy(of: SiteBuildTests.content) }

    /// A small generated company (240 people × 3 months, teams under cs-day and cs-night) with the example's policies.
    static func generated() throws -> MemoryFileSystem {
        var files = SyntheticCompany(employees: 240, months: 3, endMonth: Month(parsing: "2026-11")!, seed: 18).files()
        let policies = LocalFileSystem(root: SiteBuildTests.content)
        for path in policies.walk("policies") { files[path] = String(decoding: try policies.read(path), as: UTF8.self) }
        return MemoryFileSystem(data: files.mapValues { Data($0.utf8) })
    }

    /// Every edition of `content`, built in memory (folder name → path → bytes).
    static func allEditions(_ content: MemoryFileSystem) throws -> ([String: [String: Data]], EditionsSummary) {
        let templates = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates)
        let outputs = Outputs()
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "/srv/jixiao")
        let summary = try EditionsBuilder(options: options, content: content, templates: templates) { outputs.output($0) }
            .build(progress: BuildProgress(quiet: true))
        return (outputs.files, summary)
    }

    /// The whole company's content, results and analytics (what every edition is cut from).
    static func computed(_ content: MemoryFileSystem) throws -> (Content, Results, Analytics) {
        let loaded = try ContentLoader(fileSystem: content).loadOrThrow()
        let results = try RulesEngine(content: loaded).evaluate()
        return (loaded, results, Analytics.compute(content: loaded, results: results))
    }

    /// The example's content, results and analytics, computed once per test process and shared (read-only).
    static let exampleComputed = Result { try computed(example()) }
    /// The generated company's, computed once and shared.
    static let generatedComputed = Result { try computed(generated()) }
    /// Every edition of the example, built in memory once per test process and shared (read-only).
    static let exampleEditions = Result { try allEditions(example()) }
    /// Every edition of the generated company, built once and shared.
    static let generatedEditions = Result { try allEditions(generated()) }

    /// The scoped computation of one department's edition.
    static func scoped(_ id: String, _ computed: (Content, Results, Analytics)) throws -> ScopedComputation {
        let scope = try EditionScope(department: id, in: computed.0.organisation)
        return EditionScoper(content: computed.0, results: computed.1, analytics: computed.2, scope: scope).run()
    }
}
