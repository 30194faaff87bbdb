import JixiaoCore

extension EngineShared {
    /// Per month: an id of the set of versions in force, equal for consecutive months with
    /// the same set (so a person's applicable versions carry over).
    static func inForceEpochs(versions: [CompiledVersion], months: [Month]) -> [Int] {
        var epochs: [Int] = []
        epochs.reserveCapacity(months.count)
        var previous: [Bool]? = nil
        var epoch = -1
        for month in months {
            let inForce = versions.map { $0.isInForce(month) }
            if inForce != previous {
                epoch += 1
                previous = inForce
            }
            epochs.append(epoch)
        }
        return epochs
    }

    /// A position for each streak rule of each version: one per policy and rule id, so the
    /// versions of a policy share a rule's progress (resolved once, not hashed per month).
    static func streakSlots(versions: [CompiledVersion]) -> (slots: [[Int]], count: Int) {
        var positions: [PersonEvaluator.StreakKey: Int] = [:]
        let slots = versions.map { version in
            version.rules.streaks.map { rule in
                let key = PersonEvaluator.StreakKey(policy: version.policyIndex, rule: rule.id)
                if let position = positions[key] { return position }
                positions[key] = positions.count
                return positions.count - 1
            }
        }
        return (slots, positions.count)
    }
}
