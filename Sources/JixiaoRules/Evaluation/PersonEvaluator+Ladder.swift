import JixiaoCore
extension PersonEvaluator {
    /// The ladder step for version `v` (when a ladder applies): the starting level on the
    /// first ladder month, a promotion when every requirement of the next level holds, what
    /// is missing for the next level, and a `promotion-due` alert when only approval is.
    /// Each requirement of a level is evaluated once (its condition may read months of
    /// history), and what is met is shared by the promotion, the missing list and the progress.
    func ladder(_ v: Int?, frame: EvaluationFrame, result: inout PersonMonthResult, level state: inout Int?) {
        guard let v, let ladder = shared.versions[v].rules.ladder else { return }
        let version = shared.versions[v]
        prepare(v, frame)
        result.ladderPolicy = version.policyIndex
        if state == nil {
            var start = 0
            if let formula = version.ladderStart, case .success(let value) = formula.evaluate(frame) {
                start = min(max(0, value.truncatedInt), ladder.levels.count - 1)
            }
            state = start
        }
        var level = state ?? 0
        defer { state = level }
        var met = level + 1 < ladder.levels.count ? requirementsMet(level + 1, version: version, frame: frame) : []
        if level + 1 < ladder.levels.count, !met.contains(false) {
            level += 1
            result.promoted = true
            if level + 1 < ladder.levels.count { met = requirementsMet(level + 1, version: version, frame: frame) }
        }
        if level + 1 < ladder.levels.count {
            let requirements = ladder.levels[level + 1].requirements
            let unmet = met.indices.filter { !met[$0] }
            result.missingForNext = unmet.map { requirements[$0].name }
            result.nextLevelProgress = progress(toward: level + 1, met: met, version: version, frame: frame)
            if !unmet.isEmpty && unmet.allSatisfy({ requirements[$0].approval }) {
                result.raise(.promotionDue, ladder.levels[level + 1].id, .info, ladder.levels[level + 1].name, policy: version.policyIndex)
            }
        }
        result.level = level
    }

    /// Whether each requirement of level `target` holds this month, in order.
    func requirementsMet(_ target: Int, version: CompiledVersion, frame: EvaluationFrame) -> [Bool] {
        version.ladderRequirements[target].map { frame.holds($0) == true }
    }

    /// Every requirement of level `target`, met or not (`met`, from ``requirementsMet(_:version:frame:)``),
    /// with its value and distance when it is a comparison with a constant.
    func progress(toward target: Int, met: [Bool], version: CompiledVersion, frame: EvaluationFrame) -> [RequirementProgress] {
        guard let ladder = version.rules.ladder, target < ladder.levels.count else { return [] }
        let measures = target < version.ladderMeasures.count ? version.ladderMeasures[target] : []
        let requirements = ladder.levels[target].requirements
        return requirements.indices.map { i in
            let isMet = i < met.count && met[i], name = requirements[i].name, approval = requirements[i].approval
            guard i < measures.count, let measure = measures[i] else {
                return RequirementProgress(name: name, met: isMet, approval: approval)
            }
            return measure.progress(name: name, met: isMet, approval: approval, frame: frame)
        }
    }
}
