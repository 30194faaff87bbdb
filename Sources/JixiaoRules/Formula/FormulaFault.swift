import JixiaoCore
import JixiaoMarkdown
/// Why evaluating a formula for one person and period produced no number.
///
/// Faults are ordinary results, never crashes: the caller shows them in the report (for
/// example "commission for 张三 in 2026-03: sales has no value"). `IFERROR` catches all of
/// them; `IFBLANK` and `ISBLANK` catch `missing`.
public enum FormulaFault: Error, Sendable, Hashable, CustomStringConvertible {
    /// A measure, attribute or item score has no value (an empty cell, a missing row, an
    /// earlier period without data, or an average over no values). The payload is the name.
    case missing(String)
    /// A division by zero at the given place (the `/` operator, or a negative power of 0).
    case divisionByZero(SourceLocation)
    /// A result too large to represent (beyond about 10^32) at the given place.
    case overflow(SourceLocation)
    /// A function received a value it cannot use, e.g. `CLAMP(x, 10, 5)` or `2^0.5`.
    case invalidArgument(String, SourceLocation)

    /// The place of the fault, when it has one (`missing` does not: the name says it all).
    public var location: SourceLocation? {
        switch self {
        case .missing: nil
        case .divisionByZero(let place), .overflow(let place), .invalidArgument(_, let place): place
        }
    }

    /// Whether this is a missing value (the fault `IFBLANK` and `ISBLANK` catch).
    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// A clear one-sentence explanation.
    public var message: String {
        switch self {
        case .missing(let name): "'\(name)' has no value"
        case .divisionByZero: "division by zero"
        case .overflow: "the result is too large to compute"
        case .invalidArgument(let reason, _): reason
        }
    }

    /// How the policy author can handle the fault.
    public var fix: String {
        switch self {
        case .missing(let name): "provide '\(name)' in the data, or give a fallback with IFBLANK(\(name), 0)"
        case .divisionByZero: "guard the divisor, e.g. IF(target = 0, 0, sales / target), or wrap the formula in IFERROR(…, 0)"
        case .overflow: "check the data for a misplaced decimal point or an exponent that is too large"
        case .invalidArgument: "check the function's arguments in docs/formulas.md"
        }
    }

    /// The fault as a diagnostic; `fallback` is used when the fault has no place of its own
    /// (typically the formula's origin in the policy file).
    public func diagnostic(severity: Severity = .error, at fallback: SourceLocation) -> Diagnostic {
        Diagnostic(severity, at: location ?? fallback, message, fix: fix)
    }

    /// The message, prefixed with the place when known.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
