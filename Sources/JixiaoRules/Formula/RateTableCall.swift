import JixiaoCore
/// One use of a rate table inside a formula: `PROGRESSIVE(sales, commission)` is the
/// method `.progressive` on the table `commission`, with the amount read from `sales`.
/// Found by ``Formula/rateTableCalls``; the site uses it for worked examples and calculators.
package struct RateTableCall: Sendable, Hashable {
    /// The function used.
    package var method: RateTableMethod
    /// The table's name (lowercase, as the formula's names are).
    package var table: String
    /// The name the amount is read from when it is a plain name (`sales`), else `nil`
    /// (the amount is itself an expression).
    package var input: String?
    /// Whether the call is the whole formula (the result is exactly the table's value).
    package var isWholeFormula: Bool

    /// Creates a call.
    package init(method: RateTableMethod, table: String, input: String?, isWholeFormula: Bool) {
        self.method = method
        self.table = table
        self.input = input
        self.isWholeFormula = isWholeFormula
    }
}
