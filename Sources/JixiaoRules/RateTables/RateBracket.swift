import JixiaoCore
import JixiaoMarkdown
/// One bracket (tier) of a rate table: where it starts and what it pays.
///
/// A bracket covers the amounts from its lower bound up to the next bracket's lower bound.
/// Written in policy front matter as `from: 6` (inclusive, x ≥ 6) or `over: 20000`
/// (exclusive, x > 20000).
public struct RateBracket: Sendable, Hashable {
    /// The lower bound of the bracket.
    public var lower: DecimalNumber
    /// Whether the lower bound itself belongs to the bracket (`from`) or not (`over`).
    public var inclusive: Bool
    /// The rate applied in this bracket (`0.055` for 5.5%).
    public var rate: DecimalNumber
    /// A fixed amount added when this is the bracket that applies (`BRACKET`, `RETRO`,
    /// and the highest bracket reached by `PROGRESSIVE`); negative for a quick deduction.
    public var fixed: DecimalNumber
    /// For `BRACKET`: the amount the rate is measured from; `nil` means the lower bound.
    public var base: DecimalNumber?
    /// For `LOOKUP`: the value of the bracket (e.g. a bonus base).
    public var value: DecimalNumber?

    /// Creates a bracket.
    public init(
        lower: DecimalNumber, inclusive: Bool = true, rate: DecimalNumber = .zero, fixed: DecimalNumber = .zero, base: DecimalNumber? = nil,
        value: DecimalNumber? = nil
    ) {
        self.lower = lower
        self.inclusive = inclusive
        self.rate = rate
        self.fixed = fixed
        self.base = base
        self.value = value
    }

    /// A bracket starting at `lower` inclusive (x ≥ lower).
    public static func from(
        _ lower: DecimalNumber, rate: DecimalNumber = .zero, fixed: DecimalNumber = .zero, base: DecimalNumber? = nil,
        value: DecimalNumber? = nil
    ) -> RateBracket {
        RateBracket(lower: lower, inclusive: true, rate: rate, fixed: fixed, base: base, value: value)
    }

    /// A bracket starting above `lower` (x > lower).
    public static func over(
        _ lower: DecimalNumber, rate: DecimalNumber = .zero, fixed: DecimalNumber = .zero, base: DecimalNumber? = nil,
        value: DecimalNumber? = nil
    ) -> RateBracket {
        RateBracket(lower: lower, inclusive: false, rate: rate, fixed: fixed, base: base, value: value)
    }

    /// Whether `amount` reaches this bracket's lower bound.
    public func isReached(by amount: DecimalNumber) -> Bool {
        inclusive ? amount >= lower : amount > lower
    }

    /// The bound as written in a tier table: `≥ 6` or `> 20000`.
    public var boundText: String { (inclusive ? "≥ " : "> ") + lower.plainText }
}
