import JixiaoCore
import JixiaoRules
/// The values a pay calculator's compiled formulas read: the inputs, then the variables'
/// results (`nil` when a variable faulted, as the engine leaves a failed value missing).
/// No history and no tenure: calculators are made only for formulas that read neither.
struct PayCalculatorEnvironment: FormulaEnvironment {
    /// The value of each slot.
    var values: [DecimalNumber?]

    func value(slot: Int) -> DecimalNumber? { slot < values.count ? values[slot] : nil }
    func history(slot: Int, periodsBack: Int) -> DecimalNumber? { nil }
    var tenureMonths: Int { 0 }
}
