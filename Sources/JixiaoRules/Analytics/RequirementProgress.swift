import JixiaoCore
/// How far one condition of a person's next ladder level is from holding in a month: met or
/// not, and, when the condition compares a value with a constant (`AVG_LAST(score, 6) >= 88`),
/// the current value, the target and the distance between them.
///
/// Held for every month of everyone on a ladder, so the value and the target are kept packed
/// (56 bytes a line instead of 96).
public struct RequirementProgress: Sendable, Hashable {
    /// The comparison of a measurable condition: value *comparison* target.
    public enum Comparison: String, Sendable, Hashable {
        /// `>=`
        case atLeast = ">="
        /// `>`
        case above = ">"
        /// `<=`
        case atMost = "<="
        /// `<`
        case below = "<"
        /// `=`
        case equal = "="
        /// `<>`
        case notEqual = "<>"
    }

    /// The requirement's name as the policy writes it ("最近 6 个月平均分不低于 88 分").
    public var name: String
    /// Whether it holds this month.
    public var met: Bool
    /// Whether it is the manager's approval (which no figure measures).
    public var approval: Bool
    /// How the value is compared with the target, when measurable.
    public var comparison: Comparison?
    /// The compared value this month (e.g. the 6-month average 86.4), when measurable.
    @PackedDecimal public var value: DecimalNumber?
    /// The constant the value is compared with (e.g. 88), when measurable.
    @PackedDecimal public var target: DecimalNumber?

    /// Creates a progress line; `value`, `comparison` and `target` are set for a measurable condition.
    public init(
        name: String, met: Bool, approval: Bool, value: DecimalNumber? = nil, comparison: Comparison? = nil,
        target: DecimalNumber? = nil
    ) {
        self.name = name
        self.met = met
        self.approval = approval
        self.value = value
        self.comparison = comparison
        self.target = target
    }

    /// How far the value is from meeting the condition, as a magnitude (0 when met; `nil`
    /// when the condition is not a measurable comparison, or for `<>`): for `>=` the rise
    /// still needed (88 − 86.4 = 1.6), for `<=` and `=` the fall or change needed.
    public var distance: DecimalNumber? {
        guard let value, let target, let comparison, comparison != .notEqual else { return nil }
        if met { return .zero }
        return (target - value).magnitude
    }
}
