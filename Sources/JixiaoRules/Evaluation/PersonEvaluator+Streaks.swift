import JixiaoCore
extension PersonEvaluator {
    /// The streak step: records the month for every streak rule of the applicable versions;
    /// completed streaks add their reward (published as `streak_reward`) and alert.
    func streaks(
        _ applicable: [Int], gradeID: String?, frame: EvaluationFrame, result: inout PersonMonthResult,
        progress: inout [StreakProgress]
    ) {
        var reward = DecimalNumber.zero
        let assessed = result.assessment == .assessed
        for v in applicable {
            let version = shared.versions[v]
            guard !version.rules.streaks.isEmpty else { continue }
            prepare(v, frame)
            for ((rule, formula), slot) in zip(zip(version.rules.streaks, version.streakConditions), shared.streakSlots[v]) {
                var qualifies = rule.grades.isEmpty || rule.qualifies(gradeID: gradeID)
                if qualifies, let formula { qualifies = frame.holds(formula) == true }
                let holds: Bool? = rule.step(assessed: assessed, qualifies: qualifies)
                let completed = progress[slot].record(holds, months: rule.months)
                guard completed else { continue }
                result.streaks.append(rule.id)
                if let r = rule.reward { reward += r }
                if let message = rule.alert { result.raise(.streak, rule.id, .critical, message, policy: version.policyIndex) }
            }
        }
        frame.results[.streak_reward] = reward
    }
}
