/// The error a stage throws when the content has problems: every diagnostic it found,
/// sorted by place, so the user can fix them all in one pass.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// All problems, errors and warnings, in file/line order.
    public var diagnostics: [Diagnostic]

    /// Creates the error from a list of diagnostics (sorted here).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// Creates the error from a single diagnostic.
    public init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
