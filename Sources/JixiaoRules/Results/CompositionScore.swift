import JixiaoCore

/// The score of a second composition (`compositions:`) for one person and month.
public struct CompositionScore: Sendable, Hashable {
    /// Composition id.
    public var id: String
    /// Index of the policy declaring it.
    public var policy: Int
    /// Each part's 0–100 value, in the order declared (`nil`: missing data).
    public var parts: [DecimalNumber?]
    /// Σ weight × part, rounded to six decimals; `nil` when a part is missing.
    public var score: DecimalNumber?
}
