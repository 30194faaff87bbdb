import JixiaoCore
import JixiaoMarkdown
/// Evaluates every month of one person in order, carrying streak counters, ladder level and
/// result history from month to month. Each rule kind is one step, in its own file:
/// eligibility and scorecard (`+Scorecard`), streaks (`+Streaks`), ladder (`+Ladder`),
/// alert rules and ranges (`+Alerts`) and pay (`+Pay`).
struct PersonEvaluator {
    let context: EngineContext
    let shared: EngineShared
    let frame: EvaluationFrame?
    let personVersions: [Int]
    /// Per version: whether it has a scorecard, a pay plan, a ladder (read once, not per month).
    let hasScorecard: [Bool], hasPay: [Bool], hasLadder: [Bool]

    /// What one person carries from one month to the next.
    struct Carry {
        /// Progress on each streak rule, by ``EngineShared/streakSlots`` (versions of a policy share it).
        var streaks: [StreakProgress] = []
        /// Ladder level reached (`nil` until the first month with a ladder).
        var level: Int?
        /// The applicable versions of the previous month, reused while nothing they depend on changes.
        var applicable: Applicable?
    }

    /// A streak rule of a policy (versions of the policy share its progress).
    struct StreakKey: Hashable {
        var policy: Int
        var rule: String
    }

    init(context: EngineContext, shared: EngineShared) {
        self.context = context
        self.shared = shared
        let biggest = shared.versions.max { $0.sources.count < $1.sources.count }
        frame = biggest.map {
            EvaluationFrame(context: context, version: $0, month: shared.months.first ?? Month(index: 0), isDepartment: false)
        }
        personVersions = shared.versions.indices.filter { shared.versions[$0].rules.scorecard?.subject != .department }
        hasScorecard = shared.versions.map { if case .some = $0.rules.scorecard { true } else { false } }
        hasPay = shared.versions.map { !$0.rules.pay.isEmpty }
        hasLadder = shared.versions.map { if case .some = $0.rules.ladder { true } else { false } }
    }

    /// Evaluates every month employee `e` is employed: appends one result per month to
    /// `results`, and alerts and scope conflicts to `output`.
    func evaluate(employee e: Int, into output: inout ChunkOutput, results: inout RunWriter<PersonMonthResult>) {
        guard let frame else {
            for result in notCovered(employee: e) { results.append(result) }
            return
        }
        let employee = context.content.organisation.employees[e]
        var carry = Carry(streaks: Array(repeating: StreakProgress(), count: shared.streakCount))
        frame.employee = e
        frame.resultHistory = ResultHistory(months: shared.months.count)
        for (mo, month) in shared.months.enumerated() where employee.isEmployed(in: month) {
            results.append(evaluate(employee, e, month: month, offset: mo, frame: frame, carry: &carry, output: &output))
        }
    }

    /// One month of one person: every step in order, each reading the results of the steps before.
    func evaluate(
        _ employee: Employee, _ e: Int, month: Month, offset mo: Int, frame: EvaluationFrame,
        carry: inout Carry, output: inout ChunkOutput
    ) -> PersonMonthResult {
        let organisation = context.content.organisation
        let departmentID = organisation.department(ofEmployee: e, in: month)
        let role = organisation.role(ofEmployee: e, in: month)
        let status = employee.status(in: month)
        let hasData = context.hasData(employee: e, monthOffset: mo)
        let found = self.applicable(
            month: month, offset: mo, department: departmentID, role: role, status: status, last: &carry.applicable)
        let d = found.departmentIndex, applicable = found.all
        let scorecards = found.scorecards, pays = found.pays, ladders = found.ladders
        if scorecards.count > 1 || pays.count > 1 || ladders.count > 1 {
            reportConflicts(scorecards: scorecards, pays: pays, ladders: ladders, employee: employee, month: month, into: &output)
        }
        var result = PersonMonthResult(
            employee: e, month: month, department: departmentID, role: role, status: status,
            hasData: hasData, assessment: .notCovered)
        frame.month = month
        frame.monthOffset = mo
        frame.status = status
        frame.departmentChain = shared.chains[d]
        frame.tenure = employee.tenureMonths(at: month)
        frame.results.clear()
        frame.isNewMonth = true

        let reason = eligibility(applicable, frame: frame)
        let gradeID = scorecard(scorecards.first, reason: reason, frame: frame, result: &result)
        streaks(applicable, gradeID: gradeID, frame: frame, result: &result, progress: &carry.streaks)
        ladder(ladders.first, frame: frame, result: &result, level: &carry.level)
        frame.results[.level] = result.level.map { DecimalNumber($0) }
        alerts(applicable, frame: frame, result: &result)
        pay(pays.first, frame: frame, result: &result)
        compositions(applicable, frame: frame, result: &result)
        calendar(applicable, frame: frame, result: &result)

        frame.resultHistory[.score, mo] = result.score
        frame.resultHistory[.coefficient, mo] = result.coefficient
        frame.resultHistory[.assessed, mo] = result.assessment == .assessed ? .one : .zero
        frame.resultHistory[.grade_level, mo] = result.gradeIndex.map { DecimalNumber($0 + 1) }
        frame.resultHistory[.level, mo] = result.level.map { DecimalNumber($0) }
        output.alerts += result.alerts
        return result
    }

    /// Switches the frame to version `v` for the current month.
    func prepare(_ v: Int, _ frame: EvaluationFrame) {
        frame.use(shared.versions[v])
        frame.headcount = shared.headcounts[v][frame.monthOffset]
    }

    /// Two scorecards (pay plans, ladders) for one person in one month: an error naming the policies.
    func reportConflicts(
        scorecards: [Int], pays: [Int], ladders: [Int], employee: Employee, month: Month,
        into output: inout ChunkOutput
    ) {
        for (kind, list) in [("scorecards", scorecards), ("pay plans", pays), ("ladders", ladders)] where list.count > 1 {
            let files = list.map { context.content.policies[shared.versions[$0].policyIndex].file }
            output.conflicts.append(
                .error(
                    SourceLocation(file: files[1], line: 1),
                    "two \(kind) apply to the same people: \(files.joined(separator: " and ")) (e.g. \(employee.id) in \(month))",
                    fix: "narrow applies_to (departments, roles, status) so that each person has one"))
        }
    }

    /// The months of employee `e` when no policy has rules: every month "not covered".
    func notCovered(employee e: Int) -> [PersonMonthResult] {
        let organisation = context.content.organisation
        let employee = organisation.employees[e]
        return shared.months.filter { employee.isEmployed(in: $0) }.map { month in
            PersonMonthResult(
                employee: e, month: month, department: organisation.department(ofEmployee: e, in: month),
                role: organisation.role(ofEmployee: e, in: month), status: employee.status(in: month),
                hasData: context.monthData[context.firstMonth.distance(to: month)]?.hasData(employee: e) ?? false,
                assessment: .notCovered)
        }
    }
}
