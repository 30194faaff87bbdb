import JixiaoCore
import JixiaoMarkdown
/// How a rate table turns an amount into a result; one per formula function.
public enum RateTableMethod: String, Sendable, Hashable {
    /// `PROGRESSIVE`: each bracket's rate applies to the part of the amount inside it.
    case progressive
    /// `BRACKET` (速算): `(amount − base) × rate + fixed` of the bracket holding the amount.
    case bracket
    /// `RETRO`: the whole amount at the rate of the highest bracket reached, plus its fixed.
    case retroactive
    /// `LOOKUP`: the `value` of the highest bracket reached.
    case lookup

    /// The formula function's name.
    public var functionName: String {
        switch self {
        case .progressive: "PROGRESSIVE"
        case .bracket: "BRACKET"
        case .retroactive: "RETRO"
        case .lookup: "LOOKUP"
        }
    }
}
