import JixiaoCore
import JixiaoMarkdown
/// A scorecard item's result for one person (or department) and month.
public struct ItemScore: Sendable, Hashable {
    /// Item id.
    public var id: String
    /// Points (points scoring) or 0–100 score (weighted); `nil` when it could not be computed.
    public var value: DecimalNumber?
    /// Nesting depth (0 = top level).
    public var depth: Int
}
