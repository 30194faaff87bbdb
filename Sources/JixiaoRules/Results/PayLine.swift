import JixiaoCore
import JixiaoMarkdown
/// One pay item of a person's monthly pay statement, rounded to cents.
public struct PayLine: Sendable, Hashable {
    /// Pay item id.
    public var id: String
    /// Earning, deduction or info.
    public var kind: PayItem.Kind
    /// The amount (0.01, half-up); `nil` when it could not be computed.
    public var amount: DecimalNumber?
}
