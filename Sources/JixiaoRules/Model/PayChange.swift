import JixiaoCore

/// A change of one numeric attribute of a person (base salary, position pay, a coefficient)
/// from a given month on, from `pay-changes.csv`. `employees.csv` holds today's values; the
/// changes say what held before, so that past months are computed with the values of their
/// time (a person who moved from operations keeps operations' position pay for those months).
public struct PayChange: Sendable, Hashable {
    /// Employee id.
    public var employee: String
    /// The attribute (an `employees.csv` column, lower-case), e.g. `position_pay`.
    public var attribute: String
    /// First month with the new value.
    public var month: Month
    /// The value before `month` (`nil`: no value, as an empty cell).
    public var from: DecimalNumber?
    /// The value from `month` on (`nil`: no value).
    public var to: DecimalNumber?
    /// Why (shown to HR; optional).
    public var reason: String
    /// The row in `pay-changes.csv`.
    public var location: SourceLocation

    /// Creates a change.
    public init(
        employee: String, attribute: String, month: Month, from: DecimalNumber?, to: DecimalNumber?, reason: String = "",
        location: SourceLocation
    ) {
        self.employee = employee
        self.attribute = attribute
        self.month = month
        self.from = from
        self.to = to
        self.reason = reason
        self.location = location
    }
}
