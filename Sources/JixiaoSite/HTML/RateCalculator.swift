import JixiaoCore
import JixiaoRules
/// A rate table as a staff member uses it: "what would I get at a given figure?". One per
/// table and method a policy's formulas call (`PROGRESSIVE(sales, commission)`), with the
/// engine's own evaluation for the worked examples and the data the browser calculator
/// (`jixiao.js`, section "Calculators") computes with.
package struct RateCalculator: Sendable {
    /// The table's name as declared in the rules.
    package var tableName: String
    /// The table.
    package var table: RateTable
    /// How the formula applies it.
    package var method: RateTableMethod
    /// The name the amount is read from (`sales`), or `nil` when it is an expression.
    package var input: String?
    /// The pay items whose whole formula is this call: their result is money, rounded to
    /// the cent exactly as the engine finalises a pay item.
    package var payItems: [PayItem]

    /// Whether the result is a pay amount (rounded to 0.01 half-up, shown as money).
    package var isPay: Bool { !payItems.isEmpty }

    /// A key unique on a policy page, usable in ids: `commission-progressive`.
    package var key: String {
        let safe = tableName.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        return safe + "-" + method.rawValue
    }

    /// The engine's result for `amount`: the table evaluated by `RateTable.evaluate`, rounded
    /// to cents when the call is a whole pay item; `nil` on overflow.
    package func result(_ amount: DecimalNumber) -> DecimalNumber? {
        guard let value = table.evaluate(method, amount) else { return nil }
        return isPay ? value.roundedToCents : value
    }

    /// The calculators of a rule set: every table called by a pay item or variable, once per
    /// method, in the order the formulas use them. Tables no formula calls have none.
    package static func calculators(in rules: RuleSet) -> [RateCalculator] {
        var found: [RateCalculator] = []
        let sources = rules.pay.map { ($0.formula, Optional($0)) } + rules.variables.map { ($0.formula, PayItem?.none) }
        for (source, item) in sources {
            guard let formula = try? Formula.parse(source.text, origin: source.location) else { continue }
            for call in formula.rateTableCalls {
                guard let name = rules.tables.keys.first(where: { $0.lowercased() == call.table }), let table = rules.tables[name] else {
                    continue
                }
                let whole = call.isWholeFormula ? item : nil
                if let i = found.firstIndex(where: { $0.tableName == name && $0.method == call.method }) {
                    if let whole { found[i].payItems.append(whole) }
                    if found[i].input == nil { found[i].input = call.input }
                } else {
                    found.append(
                        RateCalculator(tableName: name, table: table, method: call.method, input: call.input, payItems: whole.map { [$0] } ?? []))
                }
            }
        }
        return found
    }
}
