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
        for (item, slot) in zip(version.rules.pay, version.paySlots) {
            if !item.months.isEmpty && !item.months.contains(result.month.month) { continue }
            let amount = frame.value(slot: slot)
            result.pay.append(PayLine(id: item.id, kind: item.kind, amount: amount))
            if let amount {
                switch item.kind {
                case .earning: total += amount
                case .deduction: total -= amount
                case .info: break
                }
            } else {
                let cause = ItemEvaluation.rootCause(slot, version: version, frame: frame) ?? item.id
                result.raise(.pay, item.id, .warning, cause, policy: version.policyIndex)
            }
        }
        result.payTotal = total.roundedToCents
    }
}
