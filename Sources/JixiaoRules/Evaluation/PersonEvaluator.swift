import JixiaoCore
import JixiaoMarkdown
/// Evaluates every month of one person in order, carrying streak counters, ladder level and
/// result history from month to month.
struct PersonEvaluator {
    let context: EngineContext
    let shared: EngineShared
    let frame: EvaluationFrame?
    let personVersions: [Int]
    /// Per version: whether it has a scorecard, a pay plan, a ladder (read once, not per month).
    let hasScorecard: [Bool], hasPay: [Bool], hasLadder: [Bool]

    init(context: EngineContext, shared: EngineShared) {
        self.context = context
        self.shared = shared
        let biggest = shared.versions.max { $0.sources.count < $1.sources.count }
        frame = biggest.map { EvaluationFrame(context: context, version: $0, month: shared.months.first ?? Month(index: 0), isDepartment: false) }
        personVersions = shared.versions.indices.filter { shared.versions[$0].rules.scorecard?.subject != .department }
        hasScorecard = shared.versions.map { if case .some = $0.rules.scorecard { true } else { false } }
        hasPay = shared.versions.map { !$0.rules.pay.isEmpty }
        hasLadder = shared.versions.map { if case .some = $0.rules.ladder { true } else { false } }
    }

    mutating func evaluate(employee e: Int, into output: inout ChunkOutput) {
        let organisation = context.content.organisation
        guard let frame else {
            // No policy has rules: every month is "not covered".
            let employee = organisation.employees[e]
            output.perEmployee.append(shared.months.filter { employee.isEmployed(in: $0) }.map { month in
                PersonMonthResult(employee: e, month: month, department: organisation.department(ofEmployee: e, in: month),
                                  role: organisation.role(ofEmployee: e, in: month), status: employee.status(in: month),
                                  hasData: context.monthData[context.firstMonth.distance(to: month)]?.hasData(employee: e) ?? false,
                                  assessment: .notCovered)
            })
            return
        }
        let employee = organisation.employees[e]
        var list: [PersonMonthResult] = []
        var streakCounts: [String: Int] = [:]
        var levelState: Int? = nil
        frame.employee = e
        frame.resultHistory = ResultHistory(months: shared.months.count)

        for (mo, month) in shared.months.enumerated() where employee.isEmployed(in: month) {
            let departmentID = organisation.department(ofEmployee: e, in: month)
            let d = organisation.departmentIndex[departmentID] ?? 0
            let role = organisation.role(ofEmployee: e, in: month)
            let status = employee.status(in: month)
            let hasData = context.monthData[mo]?.hasData(employee: e) ?? false
            let applicable = personVersions.filter {
                let v = shared.versions[$0]
                return v.isInForce(month) && shared.matches($0, department: d, role: role, status: status)
            }
            let scorecards = applicable.filter { hasScorecard[$0] }
            let pays = applicable.filter { hasPay[$0] }
            let ladders = applicable.filter { hasLadder[$0] }
            if scorecards.count > 1 || pays.count > 1 || ladders.count > 1 {
                for (kind, list) in [("scorecards", scorecards), ("pay plans", pays), ("ladders", ladders)] where list.count > 1 {
                    let files = list.map { context.content.policies[shared.versions[$0].policyIndex].file }
                    output.conflicts.append(.error(SourceLocation(file: files[1], line: 1),
                                                   "two \(kind) apply to the same people: \(files.joined(separator: " and ")) (e.g. \(employee.id) in \(month))",
                                                   fix: "narrow applies_to (departments, roles, status) so that each person has one"))
                }
            }

            var result = PersonMonthResult(employee: e, month: month, department: departmentID, role: role, status: status,
                                           hasData: hasData, assessment: .notCovered)
            frame.month = month
            frame.monthOffset = mo
            frame.currentData = context.monthData[mo]
            frame.status = status
            frame.departmentChain = shared.chains[d]
            frame.tenure = employee.tenureMonths(at: month)
            frame.results.clear()

            func prepare(_ v: Int) {
                frame.use(shared.versions[v])
                frame.headcount = shared.headcounts[v][mo]
            }
            func isTrue(_ formula: CompiledFormula?) -> Bool? {
                guard let formula else { return false }
                switch formula.evaluate(frame) {
                case .success(let value): return !value.isZero
                case .failure: return nil
                }
            }
            func alert(_ kind: String, _ rule: String, _ severity: String, _ message: String, policy: Int?) {
                result.alerts.append(Alert(kind: kind, rule: rule, severity: severity, message: message, month: month,
                                           employee: e, department: departmentID, policy: policy))
            }

            // Eligibility (any applicable policy's rules).
            var reason: String? = nil
            for v in applicable where reason == nil {
                prepare(v)
                for (rule, formula) in zip(shared.versions[v].rules.eligibility, shared.versions[v].eligibility) where isTrue(formula) == true {
                    reason = rule.reason
                    break
                }
            }

            // Scorecard.
            var gradeID: String? = nil
            if let v = scorecards.first, let card = shared.versions[v].rules.scorecard {
                let version = shared.versions[v]
                result.scorecardPolicy = version.policyIndex
                prepare(v)
                if let reason {
                    result.assessment = .notAssessed(reason: reason)
                } else if !hasData {
                    result.assessment = .noData
                    alert("missing-data", "no-data", "warning", "", policy: version.policyIndex)
                } else {
                    let (items, missing) = ItemEvaluation.items(card: card, version: version, frame: frame)
                    result.items = items
                    if !missing.isEmpty {
                        result.assessment = .missingData(names: missing)
                        alert("missing-data", "missing-data", "warning", missing.joined(separator: ", "), policy: version.policyIndex)
                    } else if let total = ItemEvaluation.total(card: card, version: version, frame: frame) {
                        result.assessment = .assessed
                        result.score = total
                        if let g = card.grades.firstIndex(where: { total >= $0.min }) {
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
                                alert("missing-data", "coefficient", "warning", fault.message, policy: version.policyIndex)
                            }
                        }
                    }
                }
            } else if let reason {
                result.assessment = .notAssessed(reason: reason)
            }
            frame.results.clear()
            if let s = result.score { frame.results[.score] = s }
            if let c = result.coefficient { frame.results[.coefficient] = c }
            frame.results[.assessed] = result.assessment == .assessed ? .one : .zero
            if let g = result.gradeIndex { frame.results[.grade_level] = DecimalNumber(g + 1) }

            // Streaks.
            var reward = DecimalNumber.zero
            for v in applicable {
                let version = shared.versions[v]
                guard !version.rules.streaks.isEmpty else { continue }
                prepare(v)
                for (rule, formula) in zip(version.rules.streaks, version.streakConditions) {
                    let key = "\(version.policyIndex):\(rule.id)"
                    var holds = false
                    if result.assessment == .assessed {
                        if !rule.grades.isEmpty { holds = gradeID.map(rule.grades.contains) ?? false }
                        if let formula { holds = (rule.grades.isEmpty || holds) && isTrue(formula) == true }
                    }
                    let count = holds ? (streakCounts[key] ?? 0) + 1 : 0
                    if count >= rule.months {
                        result.streaks.append(rule.id)
                        if let r = rule.reward { reward += r }
                        if let message = rule.alert { alert("streak", rule.id, "critical", message, policy: version.policyIndex) }
                        streakCounts[key] = 0
                    } else {
                        streakCounts[key] = count
                    }
                }
            }
            frame.results[.streak_reward] = reward

            // Ladder.
            if let v = ladders.first, let ladder = shared.versions[v].rules.ladder {
                let version = shared.versions[v]
                prepare(v)
                result.ladderPolicy = version.policyIndex
                func unmet(_ target: Int) -> (all: [String], exceptApproval: [String]) {
                    var all: [String] = [], others: [String] = []
                    for (req, formula) in zip(ladder.levels[target].requirements, version.ladderRequirements[target]) where isTrue(formula) != true {
                        all.append(req.name)
                        if !req.approval { others.append(req.name) }
                    }
                    return (all, others)
                }
                if levelState == nil {
                    var start = 0
                    if let formula = version.ladderStart, case .success(let value) = formula.evaluate(frame) {
                        start = min(max(0, value.truncatedInt), ladder.levels.count - 1)
                    }
                    levelState = start
                }
                var level = levelState ?? 0
                defer { levelState = level }
                if level + 1 < ladder.levels.count, unmet(level + 1).all.isEmpty {
                    level += 1
                    result.promoted = true
                }
                if level + 1 < ladder.levels.count {
                    let (all, others) = unmet(level + 1)
                    result.missingForNext = all
                    if !all.isEmpty && others.isEmpty {
                        alert("promotion-due", ladder.levels[level + 1].id, "info", ladder.levels[level + 1].name, policy: version.policyIndex)
                    }
                }
                result.level = level
            }
            frame.results[.level] = result.level.map { DecimalNumber($0) }

            // Alert rules and plausible ranges.
            for v in applicable {
                let version = shared.versions[v]
                guard !version.rules.alerts.isEmpty || !version.rangeSlots.isEmpty else { continue }
                prepare(v)
                for (rule, formula) in zip(version.rules.alerts, version.alertConditions) where isTrue(formula) == true {
                    alert("rule", rule.id, rule.severity, rule.message, policy: version.policyIndex)
                }
                for (slot, range) in version.rangeSlots {
                    guard let value = frame.value(slot: slot) else { continue }
                    if let low = range.min, value < low {
                        alert("range", range.measure, "warning", "\(range.measure) = \(value) < \(low)", policy: version.policyIndex)
                    } else if let high = range.max, value > high {
                        alert("range", range.measure, "warning", "\(range.measure) = \(value) > \(high)", policy: version.policyIndex)
                    }
                }
            }

            // Pay.
            if let v = pays.first {
                let version = shared.versions[v]
                prepare(v)
                result.payPolicy = version.policyIndex
                var total = DecimalNumber.zero
                for (item, slot) in zip(version.rules.pay, version.paySlots) {
                    if !item.months.isEmpty && !item.months.contains(month.month) { continue }
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
                        alert("pay", item.id, "warning", cause, policy: version.policyIndex)
                    }
                }
                result.payTotal = total.roundedToCents
            }

            frame.resultHistory[.score, mo] = result.score
            frame.resultHistory[.coefficient, mo] = result.coefficient
            frame.resultHistory[.assessed, mo] = result.assessment == .assessed ? .one : .zero
            frame.resultHistory[.grade_level, mo] = result.gradeIndex.map { DecimalNumber($0 + 1) }
            frame.resultHistory[.level, mo] = result.level.map { DecimalNumber($0) }
            output.alerts += result.alerts
            list.append(result)
        }
        output.perEmployee.append(list)
    }
}
