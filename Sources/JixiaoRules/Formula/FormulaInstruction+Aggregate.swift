import JixiaoCore
import JixiaoMarkdown
extension FormulaInstruction.Aggregate {
    /// The `_LAST` function's name, for messages.
    @inlinable
    var functionName: String {
        switch self {
        case .sum: "SUM_LAST"
        case .average: "AVG_LAST"
        case .minimum: "MIN_LAST"
        case .maximum: "MAX_LAST"
        case .count: "COUNT_LAST"
        }
    }
}
