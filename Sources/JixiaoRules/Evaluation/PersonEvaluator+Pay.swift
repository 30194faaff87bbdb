import JixiaoCore
extension PersonEvaluator {
    /// The pay step for version `v` (when a pay plan applies): every pay item of the month,
    /// the total (earnings minus deductions, in cents) and an alert per item that fails.
    func pay(_ v: Int?, frame: EvaluationFrame, result: inout PersonMonthResult) {
        guard let v else { return }
        let version = shared.versions[v]
        prepare(v, frame)
        result.payPolicy = version.policyIndex
        var total = DecimalNumber.zero
        let items = version.rules.pay
        result.pay.reserveCapacity(items.count)
        // By index, reading single fields: copying whole pay items would retain all their strings.
        for (i, slot) in zip(items.indices, version.paySlots) {
            if !items[i].months.isEmpty && !items[i].months.contains(result.month.month) { continue }
            let amount = frame.value(slot: slot), kind = items[i].kind
            result.pay.append(PayLine(id: items[i].id, kind: kind, amount: amount))
            if let amount {
                switch kind {
                case .earning: total += amount
                case .deduction: total -= amount
                case .info: break
                }
            } else {
                let cause = ItemEvaluation.rootCause(slot, version: version, frame: frame) ?? items[i].id
                result.raise(.pay, items[i].id, .warning, cause, policy: version.policyIndex)
            }
        }
        result.payTotal = total.roundedToCents
    }
}
