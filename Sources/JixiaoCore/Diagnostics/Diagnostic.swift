/// One problem found in the content: where it is, what is wrong and how to fix it.
///
/// Printed as `file:line:column: error: message (fix: …)`, one per line, so editors and CI
/// logs can jump to the place.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it.
    public var fix: String?
    /// Optional extra lines shown under the message, e.g. the source line and a caret
    /// (`^`) under the fault.
    public var excerpt: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, fix: String? = nil, excerpt: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
        self.excerpt = excerpt
    }

    /// Shortcut for an error.
    public static func error(_ location: SourceLocation, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, fix: fix)
    }

    /// Shortcut for a warning.
    public static func warning(_ location: SourceLocation, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, fix: fix)
    }

    /// The one-line form: `file:line:column: error: message. Fix: …`.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let fix, !fix.isEmpty { text += " — fix: \(fix)" }
        if let excerpt, !excerpt.isEmpty {
            for line in excerpt.split(separator: "\n", omittingEmptySubsequences: false) {
                text += "\n    " + line
            }
        }
        return text
    }
}
