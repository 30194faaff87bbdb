import JixiaoCore
import JixiaoMarkdown
/// A table of brackets (tiers) used by `PROGRESSIVE`, `BRACKET`, `RETRO` and `LOOKUP`:
/// commission ladders, quick-deduction tables, bonus bases by tenure.
///
/// Brackets are sorted by ascending lower bound; each bracket ends where the next begins.
/// Evaluation functions live in `RateTable+Evaluation.swift`, checks in
/// `RateTable+Validation.swift`.
public struct RateTable: Sendable, Hashable {
    /// Amounts below this give 0 whatever the brackets say (e.g. no commission under
    /// 10000 of sales); `nil` for no minimum.
    public var minimum: DecimalNumber?
    /// The brackets in ascending order of lower bound.
    public var brackets: [RateBracket]

    /// Creates a table.
    public init(minimum: DecimalNumber? = nil, brackets: [RateBracket]) {
        self.minimum = minimum
        self.brackets = brackets
    }
}
