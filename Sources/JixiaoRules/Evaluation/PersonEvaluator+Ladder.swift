import JixiaoCore
extension PersonEvaluator {
    /// The ladder step for version `v` (when a ladder applies): the starting level on the
    /// first ladder month, a promotion when every requirement of the next level holds, what
    /// is missing for the next level, and a `promotion-due` alert when only approval is.
    func ladder(_ v: Int?, frame: EvaluationFrame, result: inout PersonMonthResult, level state: inout Int?) {
        guard let v, let ladder = shared.versions[v].rules.ladder else { return }
        let version = shared.versions[v]
        prepare(v, frame)
        result.ladderPolicy = version.policyIndex
        func unmet(_ target: Int) -> (all: [String], exceptApproval: [String]) {
            var all: [String] = [], others: [String] = []
            for (req, formula) in zip(ladder.levels[target].requirements, version.ladderRequirements[target])
            where frame.holds(formula) != true {
                all.append(req.name)
                if !req.approval { others.append(req.name) }
            }
            return (all, others)
        }
        if state == nil {
            var start = 0
            if let formula = version.ladderStart, case .success(let value) = formula.evaluate(frame) {
                start = min(max(0, value.truncatedInt), ladder.levels.count - 1)
            }
            state = start
        }
        var level = state ?? 0
        defer { state = level }
        if level + 1 < ladder.levels.count, unmet(level + 1).all.isEmpty {
            level += 1
            result.promoted = true
        }
        if level + 1 < ladder.levels.count {
            let (all, others) = unmet(level + 1)
            result.missingForNext = all
            if !all.isEmpty && others.isEmpty {
                result.raise(.promotionDue, ladder.levels[level + 1].id, .info, ladder.levels[level + 1].name, policy: version.policyIndex)
            }
        }
        result.level = level
    }
}
