import JixiaoCore
import JixiaoMarkdown
/// One step of a compiled formula: a small stack machine. `site` operands index the
/// compiled formula's table of source places (for fault messages); `name` operands index
/// its table of names (for `missing`).
@usableFromInline
enum FormulaInstruction: Sendable {
    /// Aggregations over the values on the stack or over a history window.
    @usableFromInline
    enum Aggregate: Sendable { case sum, average, minimum, maximum, count }
    /// Comparison operators.
    @usableFromInline
    enum Comparison: Sendable { case equal, notEqual, less, lessEqual, greater, greaterEqual }

    /// Binary operators, for the fused forms below.
    @usableFromInline
    enum Binary: Sendable {
        case add, subtract, multiply, divide, power
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case and, or
    }

    /// `top = top <op> value` (a constant right operand fused into the operator).
    case operateConstant(Binary, DecimalNumber, site: Int)
    /// `top = top <op> value(slot)` (a name as right operand fused into the operator).
    case operateLoad(Binary, slot: Int, name: Int, site: Int)
    case constant(DecimalNumber)
    case load(slot: Int, name: Int)
    case add(site: Int)
    case subtract(site: Int)
    case multiply(site: Int)
    case divide(site: Int)
    case power(site: Int)
    case negate(site: Int)
    case percent
    case compare(Comparison)
    case not
    case and(count: Int)
    case or(count: Int)
    /// `SUM`, `AVERAGE`, `MIN`, `MAX` over the top `count` values.
    case aggregate(Aggregate, count: Int, site: Int)
    case round(site: Int)
    case roundDown(site: Int)
    case abs(site: Int)
    case clamp(site: Int)
    case jump(to: Int)
    case jumpIfFalse(to: Int)
    /// Installs a fault handler: on a fault (any fault, or only `missing`), the stack is cut
    /// back to its height here and execution continues at `to`.
    case tryBegin(to: Int, catchesAll: Bool)
    /// Removes the innermost handler (the guarded expression succeeded).
    case tryEnd
    /// Replaces the top of the stack with 0 (`ISBLANK` of a present value).
    case zeroTop
    case table(RateTableMethod, table: Int, site: Int)
    case tenureMonths
    case tenureYears
    /// `PREV(name, n)`: pops `n`.
    case previous(slot: Int, name: Int, site: Int)
    /// `SUM_LAST` & co.: pops `n`.
    case window(Aggregate, slot: Int, name: Int, site: Int)
    /// Ends with the top of the stack as the result.
    case finish
}
