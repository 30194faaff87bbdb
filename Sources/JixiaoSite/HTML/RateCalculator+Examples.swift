import JixiaoCore
import JixiaoRules
extension RateCalculator {
    /// One cent.
    static let cent = DecimalNumber(raw: DecimalNumber.scale / 100)

    /// The lower bounds of the brackets and the minimum, ascending, without repeats.
    var boundaries: [DecimalNumber] {
        Array(Set(table.brackets.map(\.lower) + (table.minimum.map { [$0] } ?? []))).sorted()
    }

    /// The worked examples' amounts, ascending: every boundary − 0.01, the boundary itself
    /// and + 0.01, and a round figure inside each stretch between boundaries (the midpoint
    /// to the whole unit; above the last boundary, one and a half times it). No negatives.
    package var exampleAmounts: [DecimalNumber] {
        let bounds = boundaries
        var points: Set<DecimalNumber> = []
        for b in bounds {
            points.insert(b - Self.cent)
            points.insert(b)
            points.insert(b + Self.cent)
        }
        let edges = (bounds.first.map { $0 > .zero } ?? true) ? [.zero] + bounds : bounds
        for (a, b) in zip(edges, edges.dropFirst()) {
            points.insert(((a + b) / DecimalNumber(2)).rounded(places: 0))
        }
        if let last = edges.last {
            points.insert(last.isZero ? DecimalNumber(100) : (last * DecimalNumber(units: 15, fractionDigits: 1)).rounded(places: 0))
        }
        return points.filter { !$0.isNegative }.sorted()
    }

    /// The table as JSON for the browser calculator: method, minimum, rounding and each
    /// bracket's numbers as exact decimal strings (no user text, so nothing to escape).
    package var dataJSON: String { Self.tableJSON(table, method: method, round: isPay) }

    /// `table` applied by `method` as the browser calculators read it (`round`: the result
    /// is a whole pay item, rounded to the cent).
    static func tableJSON(_ table: RateTable, method: RateTableMethod, round: Bool) -> String {
        func number(_ d: DecimalNumber?) -> String { d.map { "\"\($0.plainText)\"" } ?? "null" }
        let brackets = table.brackets.map {
            "{\"lower\":\(number($0.lower)),\"inclusive\":\($0.inclusive),\"rate\":\(number($0.rate)),"
                + "\"fixed\":\(number($0.fixed)),\"base\":\(number($0.base)),\"value\":\(number($0.value))}"
        }
        return "{\"method\":\"\(method.rawValue)\",\"minimum\":\(number(table.minimum)),\"round\":\(round),"
            + "\"brackets\":[\(brackets.joined(separator: ","))]}"
    }
}
