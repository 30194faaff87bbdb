import JixiaoCore
import JixiaoMarkdown
/// Supplies the values a compiled formula reads for one person and one period.
///
/// `CompiledFormula.evaluate` is generic over the environment, so a concrete type (a
/// struct over arrays) is called directly, without dynamic dispatch.
public protocol FormulaEnvironment {
    /// The current period's value in `slot`; `nil` when it has no value (missing).
    func value(slot: Int) -> DecimalNumber?
    /// The value in `slot` `periodsBack` periods before the current one (1 = the previous
    /// month); `nil` when there is none. Called only with `periodsBack ≥ 1`.
    func history(slot: Int, periodsBack: Int) -> DecimalNumber?
    /// Whole months of service at the end of the current period (`TENURE_MONTHS()`).
    var tenureMonths: Int { get }
}
