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
            let rules = version.rules.streaks
            // By index, reading single fields: copying whole rules would retain all their strings.
            for (i, slot) in zip(rules.indices, shared.streakSlots[v]) {
                var qualifies = rules[i].grades.isEmpty || rules[i].qualifies(gradeID: gradeID)
                if qualifies, let formula = version.streakConditions[i] { qualifies = frame.holds(formula) == true }
                let holds: Bool? = rules[i].step(assessed: assessed, qualifies: qualifies)
                let completed = progress[slot].record(holds, months: rules[i].months)
                guard completed else { continue }
                result.streaks.append(rules[i].id)
                if let r = rules[i].reward { reward += r }
                if let message = rules[i].alert { result.raise(.streak, rules[i].id, .critical, message, policy: version.policyIndex) }
            }
        }
        frame.results[.streak_reward] = reward
    }
}
