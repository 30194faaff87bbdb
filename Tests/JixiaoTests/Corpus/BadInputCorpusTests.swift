import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

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
        let diagnostics = Checker.check(fileSystem: badInput.fileSystem()).diagnostics
        if let knownIssue = badInput.knownIssue {
            withKnownIssue(Comment(rawValue: knownIssue)) { Self.verify(badInput, diagnostics) }
        } else {
            Self.verify(badInput, diagnostics)
        }
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
