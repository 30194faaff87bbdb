import JixiaoCore

/// One row of `adjustments.csv`: a correction of an earlier month's pay, paid (or deducted)
/// on the pay statement of `monthPaid`, so that closed months never change.
public struct PayAdjustment: Sendable, Hashable {
    /// Employee index.
    public var employee: Int
    /// The pay item corrected (a pay item id of a policy).
    public var item: String
    /// The amount added to the pay total (negative: deducted), exact to the cent.
    public var amount: DecimalNumber
    /// Why: shown on the pay statement.
    public var reason: String
    /// The reason in English (`reason_en` column), shown on English sites; `nil` = the reason.
    public var reasonEN: String? = nil
    /// The month whose pay statement carries it.
    public var monthPaid: Month
    /// The row in adjustments.csv.
    public var location: SourceLocation

    /// Creates an adjustment.
    public init(employee: Int, item: String, amount: DecimalNumber, reason: String, monthPaid: Month, location: SourceLocation) {
        self.employee = employee
        self.item = item
        self.amount = amount
        self.reason = reason
        self.monthPaid = monthPaid
        self.location = location
    }
}
