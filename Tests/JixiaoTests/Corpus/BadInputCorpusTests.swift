import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 12's bad-input corpus: every case is checked the way `jixiao check` checks a
/// content folder, and must give exactly its expected errors (file, line, column, severity,
/// message), each message short enough to read.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    /// The longest message a diagnostic may have (fields are quoted to at most 80 characters).
    static let longestMessage = 400

    @Test("the corpus has at least 150 cases, each named once")
    func size() {
        let names = BadInputCorpus.all.map(\.name)
        #expect(names.count >= 150)
        #expect(Set(names).count == names.count)
    }

    @Test("the corpus company itself is valid")
    func baseIsValid() {
        let outcome = Checker.check(fileSystem: BadInputCorpus.base())
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.content != nil)
    }

    @Test("a bad input gives its diagnostics", arguments: BadInputCorpus.all)
    func badInput(_ badInput: BadInputCase) {
        let diagnostics = Self.check(badInput.fileSystem())
        if let knownIssue = badInput.knownIssue {
            withKnownIssue(Comment(rawValue: knownIssue)) { Self.verify(badInput, diagnostics) }
        } else {
            Self.verify(badInput, diagnostics)
        }
    }

    /// The built-in templates, read once.
    static let templates = Result { try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates) }

    /// What `jixiao check` reports: the content and rules checks, then — when they pass — the
    /// site build with nothing written (policy links, page names, templates).
    static func check(_ content: MemoryFileSystem) -> [Diagnostic] {
        let diagnostics = Checker.check(fileSystem: content).diagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }), let templates = try? templates.get() else { return diagnostics }
        let options = SiteOptions(contentFolder: "content", templatesFolder: "/nonexistent/templates", output: "/nonexistent/site")
        let site = SiteBuilder(options: options, content: content, templates: templates, output: DiscardingOutput()).check()
        var seen = Set(diagnostics.map(\.description))
        return diagnostics + site.filter { seen.insert($0.description).inserted }
    }

    /// Checks the expected diagnostics are there, no other errors are, and every message is short.
    static func verify(_ badInput: BadInputCase, _ diagnostics: [Diagnostic]) {
        let listing = diagnostics.prefix(30).map(\.description).joined(separator: "\n")
        for expected in badInput.expected {
            #expect(diagnostics.contains(where: expected.matches), "expected \(expected)\ngot:\n\(listing)")
        }
        if !badInput.allowsOtherErrors {
            let others = diagnostics.filter { d in d.severity == .error && !badInput.expected.contains { $0.matches(d) } }
            #expect(others.isEmpty, "unexpected errors:\n\(others.prefix(30).map(\.description).joined(separator: "\n"))")
        }
        for diagnostic in diagnostics {
            #expect(diagnostic.message.count <= longestMessage, "a \(diagnostic.message.count)-character message at \(diagnostic.location)")
            #expect(!diagnostic.location.file.isEmpty)
        }
    }
}
