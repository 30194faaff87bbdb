import JixiaoCore
import JixiaoMarkdown
/// A mistake in a formula found while reading it (`Formula.parse`) or binding it to the
/// company's measures and rate tables (`Formula.compile`).
///
/// It carries the place in the policy file, a plain-words message, a suggested fix and an
/// excerpt (the formula line with a caret `^` under the fault), and converts to a
/// `Diagnostic` for the build report.
public struct FormulaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the fault is in the policy file.
    public var location: SourceLocation
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it, when there is a useful suggestion.
    public var fix: String?
    /// The offending formula line and a line with a caret under the fault.
    public var excerpt: String

    /// Creates an error.
    public init(location: SourceLocation, message: String, fix: String? = nil, excerpt: String) {
        self.location = location
        self.message = message
        self.fix = fix
        self.excerpt = excerpt
    }

    /// The error as a build diagnostic (severity error) with its excerpt.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, fix: fix, excerpt: excerpt)
    }

    /// The diagnostic's printed form.
    public var description: String { diagnostic.description }
}
