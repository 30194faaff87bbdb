import JixiaoCore
import JixiaoMarkdown
/// One pay item of a person's monthly pay statement, rounded to cents.
///
/// Every paid person-month holds several of these, so the amount is kept packed (40 bytes a
/// line instead of 64).
public struct PayLine: Sendable, Hashable {
    /// Pay item id.
    public var id: String
    /// The amount (0.01, half-up); `nil` when it could not be computed.
    @PackedDecimal public var amount: DecimalNumber?
    /// Earning, deduction or info.
    public var kind: PayItem.Kind

    /// Creates a pay line.
    public init(id: String, kind: PayItem.Kind, amount: DecimalNumber?) {
        self.id = id
        self.amount = amount
        self.kind = kind
    }
}
