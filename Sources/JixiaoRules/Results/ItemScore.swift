import JixiaoCore
import JixiaoMarkdown
/// A scorecard item's result for one person (or department) and month.
///
/// Every assessed person-month holds a few of these (over a million in a company of 10,000
/// over three years), so the value and the depth are kept packed (40 bytes an item instead
/// of 48).
public struct ItemScore: Sendable, Hashable {
    /// Item id.
    public var id: String
    /// Points (points scoring) or 0–100 score (weighted); `nil` when it could not be computed.
    @PackedDecimal public var value: DecimalNumber?
    /// Nesting depth (0 = top level).
    @PackedCount public var depth: Int

    /// Creates an item's result.
    public init(id: String, value: DecimalNumber?, depth: Int) {
        self.id = id
        self.value = value
        self.depth = depth
    }
}
