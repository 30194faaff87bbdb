import JixiaoCore
extension Formula {
    /// Every rate-table call in the formula, outermost first, without repeats:
    /// `IF(x, PROGRESSIVE(sales, commission), 0)` gives one call on `commission` (not the whole formula).
    package var rateTableCalls: [RateTableCall] {
        var calls: [RateTableCall] = []
        root.walk { node in
            guard case .table(let method, let amount, let table, _, _) = node else { return }
            var input: String?
            if case .name(let name, _) = amount { input = name }
            var isWhole = false
            if case .table = root { isWhole = root.offset == node.offset }
            let call = RateTableCall(method: method, table: table, input: input, isWholeFormula: isWhole)
            if !calls.contains(call) { calls.append(call) }
        }
        return calls
    }
}
