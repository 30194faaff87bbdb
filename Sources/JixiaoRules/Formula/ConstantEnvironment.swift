import JixiaoCore
import JixiaoMarkdown
/// The environment used to compute constant sub-expressions at compile time: it has no
/// values (such expressions read none).
struct ConstantEnvironment: FormulaEnvironment {
    func value(slot: Int) -> DecimalNumber? { nil }
    func history(slot: Int, periodsBack: Int) -> DecimalNumber? { nil }
    var tenureMonths: Int { 0 }
}
