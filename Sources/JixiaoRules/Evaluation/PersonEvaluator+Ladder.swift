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
            let requirements = ladder.levels[target].requirements, formulas = version.ladderRequirements[target]
            // By index: a requirement is read only when it is not met.
            for i in formulas.indices where frame.holds(formulas[i]) != true {
                all.append(requirements[i].name)
                if !requirements[i].approval { others.append(requirements[i].name) }
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
            result.nextLevelProgress = progress(toward: level + 1, version: version, frame: frame)
            if !all.isEmpty && others.isEmpty {
                result.raise(.promotionDue, ladder.levels[level + 1].id, .info, ladder.levels[level + 1].name, policy: version.policyIndex)
            }
        }
        result.level = level
    }

    /// Every requirement of level `target`, met or not, with its value and distance when it is
    /// a comparison with a constant.
    func progress(toward target: Int, version: CompiledVersion, frame: EvaluationFrame) -> [RequirementProgress] {
        guard let ladder = version.rules.ladder, target < ladder.levels.count else { return [] }
        let formulas = version.ladderRequirements[target]
        let measures = target < version.ladderMeasures.count ? version.ladderMeasures[target] : []
        return ladder.levels[target].requirements.enumerated().map { i, req in
            let met = frame.holds(i < formulas.count ? formulas[i] : nil) == true
            guard i < measures.count, let measure = measures[i] else {
                return RequirementProgress(name: req.name, met: met, approval: req.approval)
            }
            return measure.progress(name: req.name, met: met, approval: req.approval, frame: frame)
        }
    }
}
