import JixiaoCore
extension PersonEvaluator {
    /// The alert step: alert rules whose condition holds and measures outside their
    /// plausible range, for every applicable version.
    func alerts(_ applicable: [Int], frame: EvaluationFrame, result: inout PersonMonthResult) {
        for v in applicable {
            let version = shared.versions[v]
            guard !version.rules.alerts.isEmpty || !version.rangeSlots.isEmpty else { continue }
            prepare(v, frame)
            let rules = version.rules.alerts
            // By index: a rule is read only when its condition holds.
            for i in version.alertConditions.indices where frame.holds(version.alertConditions[i]) == true {
                result.raise(.rule, rules[i].id, rules[i].severity, rules[i].message, policy: version.policyIndex)
            }
            for (slot, range) in version.rangeSlots {
                guard let value = frame.value(slot: slot) else { continue }
                if let low = range.min, value < low {
                    result.raise(.range, range.measure, .warning, "\(range.measure) = \(value) < \(low)", policy: version.policyIndex)
                } else if let high = range.max, value > high {
                    result.raise(.range, range.measure, .warning, "\(range.measure) = \(value) > \(high)", policy: version.policyIndex)
                }
            }
        }
    }
}
