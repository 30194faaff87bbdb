import JixiaoCore
import JixiaoMarkdown
/// The syntax tree of a parsed formula. `offset` fields are character offsets into the
/// formula text, used for error places.
package indirect enum FormulaNode: Sendable {
    /// Unary operators.
    package enum Unary: Sendable { case negate, plus, percent, not }
    /// Binary operators.
    package enum Binary: Sendable {
        case add, subtract, multiply, divide, power
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case and, or
    }

    case number(DecimalNumber, offset: Int)
    case name(String, offset: Int)
    case unary(Unary, FormulaNode, offset: Int)
    case binary(Binary, FormulaNode, FormulaNode, offset: Int)
    case call(FormulaFunction, [FormulaNode], offset: Int)
    /// `PROGRESSIVE`/`BRACKET`/`RETRO`/`LOOKUP`: the amount and the table's name.
    case table(RateTableMethod, FormulaNode, table: String, tableOffset: Int, offset: Int)
    /// `PREV` and the `_LAST` windows: the measure's name and the period count.
    case history(FormulaFunction, name: String, nameOffset: Int, periods: FormulaNode, offset: Int)

    /// Offset of the node's operator, function name or literal.
    var offset: Int {
        switch self {
        case .number(_, let o), .name(_, let o), .unary(_, _, let o), .binary(_, _, _, let o),
            .call(_, _, let o), .table(_, _, _, _, let o), .history(_, _, _, _, let o):
            o
        }
    }

    /// Offset of the node's first character (where an argument "starts").
    var start: Int {
        switch self {
        case .binary(_, let left, _, _): left.start
        case .unary(.percent, let operand, _): operand.start
        default: offset
        }
    }

    /// Whether the value is the same for every person and period (no names, tenure or
    /// history), so it can be computed once at compile time.
    var isConstant: Bool {
        switch self {
        case .number: true
        case .name, .history: false
        case .unary(_, let a, _): a.isConstant
        case .binary(_, let a, let b, _): a.isConstant && b.isConstant
        case .call(let function, let args, _):
            function != .tenureMonths && function != .tenureYears && args.allSatisfy(\.isConstant)
        case .table(_, let a, _, _, _): a.isConstant
        }
    }

    /// Visits every node, depth first.
    package func walk(_ visit: (FormulaNode) -> Void) {
        visit(self)
        switch self {
        case .number, .name: break
        case .unary(_, let a, _): a.walk(visit)
        case .binary(_, let a, let b, _): a.walk(visit); b.walk(visit)
        case .call(_, let args, _): for arg in args { arg.walk(visit) }
        case .table(_, let a, _, _, _): a.walk(visit)
        case .history(_, _, _, let n, _): n.walk(visit)
        }
    }
}
