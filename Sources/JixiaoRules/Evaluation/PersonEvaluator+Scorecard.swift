import JixiaoCore
extension PersonEvaluator {
    /// The reason of the first eligibility rule that holds in any applicable version, if any.
    func eligibility(_ applicable: [Int], frame: EvaluationFrame) -> String? {
        for v in applicable {
            prepare(v, frame)
            let version = shared.versions[v]
            // By index: the rules are read only for the reason of one that holds.
            for i in version.eligibility.indices where frame.holds(version.eligibility[i]) == true {
                return version.rules.eligibility[i].reason
            }
        }
        return nil
    }

    /// The scorecard step: assessment, items, score, grade and coefficient of version `v`
    /// (when a scorecard applies); then publishes the month's results to later steps.
    /// Returns the grade id reached, if any.
    func scorecard(_ v: Int?, reason: String?, frame: EvaluationFrame, result: inout PersonMonthResult) -> String? {
        var gradeID: String? = nil
        if let v, let card = shared.versions[v].rules.scorecard {
            let version = shared.versions[v]
            result.scorecardPolicy = version.policyIndex
            prepare(v, frame)
            if let reason {
                result.assessment = .notAssessed(reason: reason)
            } else if !result.hasData {
                result.assessment = .noData
                result.raise(.missingData, "no-data", .warning, "", policy: version.policyIndex)
            } else {
                gradeID = assess(card, version: version, frame: frame, result: &result)
            }
        } else if let reason {
            result.assessment = .notAssessed(reason: reason)
        }
        frame.results.clear()
        if let s = result.score { frame.results[.score] = s }
        if let c = result.coefficient { frame.results[.coefficient] = c }
        frame.results[.assessed] = result.assessment == .assessed ? .one : .zero
        if let g = result.gradeIndex { frame.results[.grade_level] = DecimalNumber(g + 1) }
        return gradeID
    }

    /// Scores an eligible person with data: items, total, grade band and coefficient.
    private func assess(
        _ card: Scorecard, version: CompiledVersion, frame: EvaluationFrame,
        result: inout PersonMonthResult
    ) -> String? {
        let (items, missing) = ItemEvaluation.items(version: version, frame: frame)
        result.items = items
        if !missing.isEmpty {
            result.assessment = .missingData(names: missing)
            result.raise(.missingData, "missing-data", .warning, missing.joined(separator: ", "), policy: version.policyIndex)
            return nil
        }
        guard let total = ItemEvaluation.total(card: card, version: version, frame: frame) else { return nil }
        var gradeID: String? = nil
        result.assessment = .assessed
        result.score = total
        if let g = ItemEvaluation.grade(card: card, version: version, total: total, frame: frame) {
            result.gradeIndex = g
            gradeID = card.grades[g].id
            frame.results[.band_coefficient] = card.grades[g].coefficient
            result.coefficient = card.grades[g].coefficient
        }
        frame.results[.score] = total
        if let formula = version.coefficient {
            switch formula.evaluate(frame) {
            case .success(let c): result.coefficient = c
            case .failure(let fault):
                result.raise(.missingData, "coefficient", .warning, fault.message, policy: version.policyIndex)
            }
        }
        return gradeID
    }
}
