import Foundation
import Testing
@testable import JixiaoCore

/// One case of the bad-input corpus: a small change to the valid corpus company and every
/// diagnostic it must give. `knownIssue` marks a case whose expectation is what issue 12
/// asks for but today's message does not yet say.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    let name: String
    let changes: [String: Data?]
    let expected: [ExpectedDiagnostic]
    let knownIssue: String?
    /// When set, other errors may appear too (a cascade the case does not pin down).
    let allowsOtherErrors: Bool

    init(
        _ name: String, _ changes: [String: Data?], _ expected: [ExpectedDiagnostic], known knownIssue: String? = nil,
        allowsOtherErrors: Bool = false
    ) {
        self.name = name
        self.changes = changes
        self.expected = expected
        self.knownIssue = knownIssue
        self.allowsOtherErrors = allowsOtherErrors
    }

    init(
        _ name: String, text changes: [String: String?], _ expected: [ExpectedDiagnostic], known knownIssue: String? = nil,
        allowsOtherErrors: Bool = false
    ) {
        self.init(name, changes.mapValues { $0.map { Data($0.utf8) } }, expected, known: knownIssue, allowsOtherErrors: allowsOtherErrors)
    }

    var testDescription: String { name }

    /// The corpus company with this case's changes.
    func fileSystem() -> MemoryFileSystem {
        var files = BadInputCorpus.base().files
        for (path, data) in changes {
            if let data { files[path] = data } else { files.removeValue(forKey: path) }
        }
        return MemoryFileSystem(data: files)
    }
}
