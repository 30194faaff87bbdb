import JixiaoCore

extension PersonEvaluator {
    /// The calendar step: for every applicable calendar, each stage that applies this month
    /// (its months, its `when`) is on time, late, missing or not yet due, judged on the
    /// person's `assessments.csv` rows; late and missing stages raise alerts. Stages are
    /// expected only of a person who is to be assessed this month (assessed or missing data).
    func calendar(_ applicable: [Int], frame: EvaluationFrame, result: inout PersonMonthResult) {
        switch result.assessment {
        case .assessed, .missingData: break
        default: return
        }
        let today = shared.months.last?.lastDay ?? result.month.lastDay
        let handedIn = shared.submissions.of(result.employee, in: result.month)
        for v in applicable {
            let version = shared.versions[v]
            guard let calendar = version.rules.calendar else { continue }
            prepare(v, frame)
            for (stage, condition) in zip(calendar.stages, version.stageConditions) where calendar.applies(stage, in: result.month) {
                if condition != nil && frame.holds(condition) != true { continue }
                let due = calendar.due(stage, of: result.month)
                let submission = handedIn.first { $0.stage == stage.id }
                var status = StageStatus(
                    stage: stage.id, policy: version.policyIndex, isReview: stage.isReview, due: due,
                    submitted: submission?.submitted, reviewer: submission?.reviewer, state: .pending)
                if let submitted = submission?.submitted {
                    status.state = submitted > due ? .late : .onTime
                } else if due < today {
                    status.state = .missing
                }
                raiseCalendarAlert(status, name: stage.name, result: &result)
                result.stages.append(status)
            }
        }
    }

    /// The alert for a late or missing stage (none for one on time or not yet due).
    private func raiseCalendarAlert(_ status: StageStatus, name: String, result: inout PersonMonthResult) {
        switch status.state {
        case .late:
            let days = status.daysLate
            result.raise(
                .assessmentLate, status.stage, .warning,
                "\(name): due \(status.due), handed in \(status.submitted.map(\.description) ?? ""), \(days) day\(days == 1 ? "" : "s") late",
                policy: status.policy)
        case .missing:
            result.raise(
                status.isReview ? .reviewMissing : .assessmentMissing, status.stage, status.isReview ? .critical : .warning,
                "\(name): due \(status.due), not handed in", policy: status.policy)
        case .onTime, .pending: break
        }
    }

    /// The compositions step: each composition's parts and Σ weight × part, for a person assessed this month.
    func compositions(_ applicable: [Int], frame: EvaluationFrame, result: inout PersonMonthResult) {
        guard result.assessment == .assessed else { return }
        for v in applicable {
            let version = shared.versions[v]
            guard !version.rules.compositions.isEmpty else { continue }
            prepare(v, frame)
            for (composition, formulas) in zip(version.rules.compositions, version.compositionParts) {
                let parts: [DecimalNumber?] = formulas.map { formula in
                    guard let formula, case .success(let value) = formula.evaluate(frame) else { return nil }
                    return value
                }
                var score: DecimalNumber? = .zero
                for (part, value) in zip(composition.parts, parts) {
                    score = score.flatMap { total in value.map { total + part.weight * $0 } }
                }
                result.compositions.append(
                    CompositionScore(id: composition.id, policy: version.policyIndex, parts: parts, score: score?.rounded(places: 6)))
            }
        }
    }
}
