@testable import JixiaoCore

/// A diagnostic a bad-input case must produce: its file, line, column, severity and a
/// part of its message.
struct ExpectedDiagnostic: Sendable, CustomStringConvertible {
    let severity: Severity
    let file: String
    let line: Int?
    let column: Int?
    let message: String

    /// Whether `diagnostic` is this one (same place and severity, message containing the text).
    func matches(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == severity && diagnostic.location == SourceLocation(file: file, line: line, column: column)
            && diagnostic.message.contains(message)
    }

    var description: String {
        "\(SourceLocation(file: file, line: line, column: column)): \(severity.rawValue): …\(message)…"
    }
}

/// An expected error.
func E(_ file: String, _ line: Int? = nil, _ column: Int? = nil, _ message: String) -> ExpectedDiagnostic {
    ExpectedDiagnostic(severity: .error, file: file, line: line, column: column, message: message)
}

/// An expected warning.
func W(_ file: String, _ line: Int? = nil, _ column: Int? = nil, _ message: String) -> ExpectedDiagnostic {
    ExpectedDiagnostic(severity: .warning, file: file, line: line, column: column, message: message)
}
