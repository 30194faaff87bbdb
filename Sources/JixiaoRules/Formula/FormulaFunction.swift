import JixiaoCore
import JixiaoMarkdown
/// The built-in functions of the formula language, with their names and arities.
package enum FormulaFunction: String, Sendable, CaseIterable {
    case `if` = "IF", and = "AND", or = "OR", not = "NOT"
    case min = "MIN", max = "MAX", sum = "SUM", average = "AVERAGE"
    case round = "ROUND", roundDown = "ROUNDDOWN", abs = "ABS", clamp = "CLAMP"
    case isBlank = "ISBLANK", ifBlank = "IFBLANK", ifError = "IFERROR"
    case progressive = "PROGRESSIVE", bracket = "BRACKET", retro = "RETRO", lookup = "LOOKUP"
    case tenureMonths = "TENURE_MONTHS", tenureYears = "TENURE_YEARS"
    case prev = "PREV", sumLast = "SUM_LAST", avgLast = "AVG_LAST", minLast = "MIN_LAST"
    case maxLast = "MAX_LAST", countLast = "COUNT_LAST"

    /// Looks a function up by name, case-insensitively.
    init?(name: String) { self.init(rawValue: name.uppercased()) }

    /// Smallest and largest number of arguments (`Int.max` for "any number").
    var arity: (min: Int, max: Int) {
        switch self {
        case .if: (2, 3)
        case .and, .or, .min, .max, .sum, .average: (1, Int.max)
        case .not, .abs: (1, 1)
        case .round, .roundDown: (1, 2)
        case .clamp: (3, 3)
        case .isBlank: (1, 1)
        case .ifBlank, .ifError: (2, 2)
        case .progressive, .bracket, .retro, .lookup: (2, 2)
        case .tenureMonths, .tenureYears: (0, 0)
        case .prev: (1, 2)
        case .sumLast, .avgLast, .minLast, .maxLast, .countLast: (2, 2)
        }
    }

    /// How the call is written, for messages.
    var signature: String {
        switch self {
        case .if: "IF(condition, then, else)"
        case .and, .or, .min, .max, .sum, .average: "\(rawValue)(value, …)"
        case .not: "NOT(condition)"
        case .abs: "ABS(value)"
        case .round, .roundDown: "\(rawValue)(value, places)"
        case .clamp: "CLAMP(value, low, high)"
        case .isBlank: "ISBLANK(value)"
        case .ifBlank, .ifError: "\(rawValue)(value, fallback)"
        case .progressive, .bracket, .retro, .lookup: "\(rawValue)(amount, table)"
        case .tenureMonths, .tenureYears: "\(rawValue)()"
        case .prev: "PREV(name, periods)"
        case .sumLast, .avgLast, .minLast, .maxLast, .countLast: "\(rawValue)(name, periods)"
        }
    }

    /// The rate-table method of a table function.
    var tableMethod: RateTableMethod? {
        switch self {
        case .progressive: .progressive
        case .bracket: .bracket
        case .retro: .retroactive
        case .lookup: .lookup
        default: nil
        }
    }

    /// Whether the first argument names a measure whose history is read.
    var isHistory: Bool {
        switch self {
        case .prev, .sumLast, .avgLast, .minLast, .maxLast, .countLast: true
        default: false
        }
    }

    /// All names, in a readable order, for "known functions" messages.
    static var catalogue: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
