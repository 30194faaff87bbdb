import JixiaoCore
import JixiaoMarkdown
/// The rules stage: compiles every policy's rules and evaluates them for every person (and
/// department) and month — eligibility, scorecards, grades, coefficients, streaks, ladders,
/// alerts and pay — exactly as the policies' front matter declares.
public struct RulesEngine: Sendable {
    /// The content evaluated.
    public let content: Content

    /// Creates an engine for `content`.
    public init(content: Content) { self.content = content }

    /// Parses and compiles the rules of every policy; diagnostics on failure.
    public func compile() -> (versions: [CompiledVersion], diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        var parser = RuleParser()
        parser.parseScales(content.policies, &diagnostics)
        let compiler = RuleCompiler(content: content)
        var versions: [CompiledVersion] = []
        let departmentIDs = Set(content.organisation.departments.map(\.id))
        for (index, policy) in content.policies.enumerated() {
            let declared = parser.parse(policy, &diagnostics).versions.filter { !$0.rules.isEmpty || !$0.rules.variables.isEmpty }
            for (i, version) in declared.enumerated() {
                for id in version.rules.scope.departments where !departmentIDs.contains(id) {
                    diagnostics.error(
                        policy.location, "applies_to names unknown department \"\(id)\"",
                        fix: Suggest.closest(to: id, in: departmentIDs.sorted()).map { "did you mean \($0)?" }
                            ?? "use ids from departments.csv")
                }
                let until = i + 1 < declared.count ? declared[i + 1].effective : nil
                versions.append(
                    compiler.compile(
                        version.rules, policyIndex: index, effective: version.effective, until: until,
                        changes: version.changes, changesEN: version.changesEN, &diagnostics))
            }
        }
        checkAssessmentStages(versions: versions, &diagnostics)
        return (versions, diagnostics.sorted)
    }

    /// Compiles and evaluates everything; throws every rule problem at once.
    public func evaluate() throws(DiagnosticError) -> Results {
        let outcome = run()
        guard let results = outcome.results else { throw DiagnosticError(outcome.diagnostics) }
        return results
    }

    /// Compiles and evaluates everything, collecting every rule problem: compile errors (then
    /// nothing is evaluated), then scope conflicts found while evaluating. `results` is `nil`
    /// when any diagnostic is an error.
    public func run() -> (results: Results?, diagnostics: [Diagnostic]) {
        let (versions, diagnostics) = compile()
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        var conflicts = Diagnostics()
        let results = evaluate(versions: versions, conflicts: &conflicts)
        return (conflicts.hasErrors ? nil : results, diagnostics + conflicts.sorted)
    }

    /// Evaluates compiled versions; scope conflicts (two scorecards for one person) go to `conflicts`.
    func evaluate(versions: [CompiledVersion], conflicts: inout Diagnostics) -> Results {
        let compiler = RuleCompiler(content: content)
        let context = EngineContext(content: content, attributes: compiler.attributes)
        let months = context.monthData.indices.map { context.firstMonth.advanced(by: $0) }
        let organisation = content.organisation
        let chains = organisation.departments.map { d in organisation.departmentChain(d.id).compactMap { organisation.departmentIndex[$0] }
        }
        let chainIDs = organisation.departments.map { organisation.departmentChain($0.id) }

        let departmentMatch = versions.map { v in
            chainIDs.map { v.rules.scope.admits(departmentChain: $0) }
        }
        let headcounts = self.headcounts(versions: versions, months: months, departmentMatch: departmentMatch)

        // People, in parallel chunks, each written straight into its place in `people`.
        let employedMonths = organisation.employees.map { e in months.reduce(0) { $0 + (e.isEmployed(in: $1) ? 1 : 0) } }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(employedMonths.count)
        var start = 0
        for n in employedMonths {
            ranges.append(start..<start + n)
            start += n
        }
        let count = organisation.employees.count
        let chunkSize = max(64, count / 16 + 1)
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
        var engineShared = EngineShared(
            versions: versions, months: months, chains: chains, chainIDs: chainIDs, headcounts: headcounts,
            departmentMatch: departmentMatch)
        engineShared.submissions = SubmissionIndex(content.assessments, employees: count)
        engineShared.inForceEpochs = EngineShared.inForceEpochs(versions: versions, months: months)
        (engineShared.streakSlots, engineShared.streakCount) = EngineShared.streakSlots(versions: versions)
        let shared = engineShared
        let (people, outputs) = ConcurrentMap.fill(chunks, counts: chunks.map { employedMonths[$0].reduce(0, +) }) {
            range, writer -> ChunkOutput in
            let evaluator = PersonEvaluator(context: context, shared: shared)
            var output = ChunkOutput()
            for e in range { evaluator.evaluate(employee: e, into: &output, results: &writer) }
            return output
        }
        var alerts: [Alert] = []
        var conflictKeys = Set<String>()
        for output in outputs {
            alerts += output.alerts
            for c in output.conflicts where conflictKeys.insert(c.message).inserted { conflicts.report(c) }
        }

        let departments = evaluateDepartments(versions: versions, context: context, months: months)
        alerts += distributionAlerts(people: people, versions: versions, chainIDs: chainIDs)
        Self.sortForReport(&alerts)
        var results = Results(
            months: months, people: people, rangeOfEmployee: ranges, departments: departments, alerts: alerts, versions: versions)
        results.apply(adjustments: content.adjustments, employees: organisation.employees, &conflicts)
        return results
    }

    /// Head counts per version and month offset: people in the version's scope and employed
    /// (counted only for versions whose formulas mention `headcount`), counted over chunks of
    /// people in parallel. `departmentMatch`: whether each version's scope admits each
    /// department (by index, following parents).
    func headcounts(versions: [CompiledVersion], months: [Month], departmentMatch: [[Bool]]) -> [[Int]] {
        var headcounts = Array(repeating: Array(repeating: 0, count: months.count), count: versions.count)
        let needsHeadcount = versions.map { v in
            v.rules.variables.contains { $0.formula.text.lowercased().contains("headcount") }
                || v.rules.pay.contains { $0.formula.text.lowercased().contains("headcount") }
        }
        guard needsHeadcount.contains(true) else { return headcounts }
        let count = content.organisation.employees.count
        let chunkSize = max(256, count / 16 + 1)
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
        let parts = ConcurrentMap.map(chunks) { range in
            countHeads(range, versions: versions, months: months, needsHeadcount: needsHeadcount, departmentMatch: departmentMatch)
        }
        for part in parts {
            for v in part.indices { for mo in part[v].indices { headcounts[v][mo] += part[v][mo] } }
        }
        return headcounts
    }

    /// Head counts (per version and month offset) of the employees in `range`.
    func countHeads(
        _ range: Range<Int>, versions: [CompiledVersion], months: [Month], needsHeadcount: [Bool], departmentMatch: [[Bool]]
    ) -> [[Int]] {
        let organisation = content.organisation
        var headcounts = Array(repeating: Array(repeating: 0, count: months.count), count: versions.count)
        for e in range {
            let employee = organisation.employees[e]
            for (mo, month) in months.enumerated() where employee.isEmployed(in: month) {
                let dept = organisation.departmentIndex[organisation.department(ofEmployee: e, in: month)] ?? 0
                let role = organisation.role(ofEmployee: e, in: month)
                let status = employee.status(in: month)
                for (v, version) in versions.enumerated()
                where needsHeadcount[v] && version.isInForce(month) && departmentMatch[v][dept]
                    && version.rules.scope.admits(role: role, status: status)
                {
                    headcounts[v][mo] += 1
                }
            }
        }
        return headcounts
    }

    /// Department scorecards (subject: department).
    func evaluateDepartments(versions: [CompiledVersion], context: EngineContext, months: [Month]) -> [DepartmentMonthResult] {
        var results: [DepartmentMonthResult] = []
        let organisation = content.organisation
        for version in versions where version.rules.scorecard?.subject == .department {
            guard let card = version.rules.scorecard else { continue }
            let frame = EvaluationFrame(context: context, version: version, month: months.first ?? Month(index: 0), isDepartment: true)
            for (mo, month) in months.enumerated() where version.isInForce(month) && context.monthData[mo] != nil {
                for (d, department) in organisation.departments.enumerated()
                where version.rules.scope.departments.isEmpty || version.rules.scope.departments.contains(department.id) {
                    frame.reset()
                    frame.department = d
                    frame.month = month
                    frame.monthOffset = mo
                    let (items, missing) = ItemEvaluation.items(version: version, frame: frame)
                    var result = DepartmentMonthResult(
                        department: department.id, month: month, policy: version.policyIndex,
                        assessment: .assessed, items: items, score: nil, gradeIndex: nil)
                    if !missing.isEmpty {
                        result.assessment = .missingData(names: missing)
                    } else {
                        let total = ItemEvaluation.total(card: card, version: version, frame: frame)
                        result.score = total
                        if let total { result.gradeIndex = ItemEvaluation.grade(card: card, version: version, total: total, frame: frame) }
                    }
                    results.append(result)
                }
            }
        }
        return results
    }
}

/// Read-only inputs shared by the workers.
struct EngineShared: Sendable {
    let versions: [CompiledVersion]
    let months: [Month]
    /// Department index chain (self first) of each department index.
    let chains: [[Int]]
    /// Department id chain of each department index.
    let chainIDs: [[String]]
    /// Head count per version and month offset.
    let headcounts: [[Int]]
    /// Whether each version's scope admits each department (by index, following parents).
    let departmentMatch: [[Bool]]
    /// Submitted assessment stages (`assessments.csv`) by employee index.
    var submissions = SubmissionIndex([], employees: 0)
    /// Per month offset: an id of the set of versions in force (``inForceEpochs(versions:months:)``).
    var inForceEpochs: [Int] = []
    /// Per version, the position of each streak rule's progress in a person's list
    /// (``streakSlots(versions:)``), and the length of that list.
    var streakSlots: [[Int]] = []
    var streakCount = 0

    /// Whether version `v` applies to someone in department `d` with `role` and `status`.
    @inline(__always)
    func matches(_ v: Int, department d: Int, role: String, status: EmployeeStatus) -> Bool {
        departmentMatch[v][d] && versions[v].rules.scope.admits(role: role, status: status)
    }
}

/// What one worker produced besides the results (written in place).
struct ChunkOutput: Sendable {
    var alerts: [Alert] = []
    var conflicts: [Diagnostic] = []
}
