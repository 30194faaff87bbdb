import JixiaoCore
import JixiaoMarkdown
/// Compiles every policy's rules against the content: binds names to slots, compiles the
/// formulas, detects circular references and reports every problem with its place.
public struct RuleCompiler {
    /// Numeric attributes available to formulas (column names of `employees.csv`).
    public let attributes: [String]
    let personBase: SymbolTable
    let departmentBase: SymbolTable

    /// Prepares the symbol tables for `content`.
    public init(content: Content) {
        var names = Set<String>(["base_salary"] + content.organisation.attributeNames)
        for employee in content.organisation.employees { names.formUnion(employee.attributes.keys) }
        attributes = names.sorted()
        personBase = SymbolTable.forPeople(content: content, attributes: attributes)
        departmentBase = SymbolTable.forDepartments(content: content)
    }

    /// Compiles one version of a policy, in force from `effective` until `until` (`nil`: open-ended).
    func compile(
        _ rules: RuleSet, policyIndex: Int, effective: Month, until: Month?, changes: String?, changesEN: String? = nil,
        _ diagnostics: inout Diagnostics
    ) -> CompiledVersion {
        var table = rules.scorecard?.subject == .department ? departmentBase : personBase
        let baseCount = table.count
        let declared = declareLocals(rules, in: &table, &diagnostics)
        let symbols = FormulaSymbols(slots: table.slots, tables: rules.tables)
        var locals: [LocalNode] = []
        var dependencies: [[Int]] = []
        var locations: [SourceLocation] = []
        var vetoes: [CompiledFormula?] = []
        for (i, (_, kind)) in declared.formulas.enumerated() {
            var (node, uses, location) = compileLocal(kind, table: table, itemSlots: declared.itemSlots, symbols: symbols, &diagnostics)
            if case .item(let item, _) = kind, let veto = item.zeroWhen {
                if vetoes.isEmpty { vetoes = Array(repeating: nil, count: declared.formulas.count) }
                vetoes[i] = Self.compileFormula(veto, symbols, &diagnostics)
                uses += Self.identifiers(veto).compactMap { Self.localIndex($0, in: table) }
            }
            locals.append(node)
            dependencies.append(uses)
            locations.append(location)
        }
        if let cycle = Self.findCycle(dependencies) {
            let path = (cycle + [cycle[0]]).map { declared.formulas[$0].name }.joined(separator: " → ")
            diagnostics.error(
                locations[cycle[0]], "circular reference: \(path)",
                fix: "a name cannot depend on itself; compute one of them from measures instead")
        }
        let rangeSlots = self.rangeSlots(rules.ranges, table: table, baseCount: baseCount, &diagnostics)
        func formula(_ source: FormulaSource) -> CompiledFormula? { Self.compileFormula(source, symbols, &diagnostics) }
        return CompiledVersion(
            policyIndex: policyIndex, effective: effective, until: until, changes: changes, rules: rules,
            sources: table.sources, names: table.names, locals: locals, vetoes: vetoes, itemSlots: declared.itemSlots,
            topItemSlots: rules.scorecard?.items.compactMap { declared.itemSlots[$0.id] } ?? [],
            eligibility: rules.eligibility.map { formula($0.when) },
            streakConditions: rules.streaks.map { $0.when.flatMap(formula) },
            alertConditions: rules.alerts.map { formula($0.when) },
            ladderRequirements: rules.ladder?.levels.map { $0.requirements.map { formula($0.when) } } ?? [],
            ladderStart: rules.ladder?.start.flatMap(formula),
            paySlots: declared.paySlots,
            coefficient: rules.scorecard?.coefficient.flatMap(formula),
            gradeCaps: rules.scorecard.map { card in
                card.gradeCaps.compactMap { cap in card.grades.firstIndex { $0.id == cap.grade }.map { ($0, formula(cap.when)) } }
            } ?? [],
            rangeSlots: rangeSlots,
            ladderMeasures: rules.ladder?.levels.map { $0.requirements.map { RequirementMeasure.make($0.when, symbols) } } ?? [],
            stageConditions: rules.calendar?.stages.map { $0.when.flatMap(formula) } ?? [],
            compositionParts: rules.compositions.map { $0.parts.map { formula($0.formula) } }, changesEN: changesEN)
    }

    /// Compiles one formula against `symbols`; `nil` (and a diagnostic) when it does not compile.
    static func compileFormula(_ source: FormulaSource, _ symbols: FormulaSymbols, _ diagnostics: inout Diagnostics) -> CompiledFormula? {
        do {
            return try Formula.parse(source.text, origin: source.location).compile(resolver: symbols)
        } catch {
            diagnostics.report(error.diagnostic)
            return nil
        }
    }

    /// The base slot of each declared plausible range; unknown measures are reported.
    func rangeSlots(
        _ ranges: [MeasureRange], table: SymbolTable, baseCount: Int,
        _ diagnostics: inout Diagnostics
    ) -> [(Int, MeasureRange)] {
        var rangeSlots: [(Int, MeasureRange)] = []
        for range in ranges {
            if let slot = table.slots[range.measure], slot < baseCount {
                rangeSlots.append((slot, range))
            } else {
                diagnostics.error(
                    range.location, "unknown measure \"\(range.measure)\" in ranges",
                    fix: Suggest.closest(to: range.measure, in: Array(table.slots.keys)).map { "did you mean \($0)?" }
                        ?? "use a column of the monthly data")
            }
        }
        return rangeSlots
    }

    /// The current-period names a formula reads (lower-case); none when it does not parse.
    static func identifiers(_ source: FormulaSource) -> [String] {
        (try? Formula.parse(source.text, origin: source.location))?.currentPeriodIdentifiers.map { $0.lowercased() } ?? []
    }

    /// A cycle in a dependency graph, as node indices, or `nil`.
    static func findCycle(_ edges: [[Int]]) -> [Int]? {
        var state = Array(repeating: 0, count: edges.count)  // 0 new, 1 on stack, 2 done
        var stack: [Int] = []
        func visit(_ node: Int) -> [Int]? {
            state[node] = 1
            stack.append(node)
            for next in edges[node] {
                if state[next] == 1, let start = stack.firstIndex(of: next) { return Array(stack[start...]) }
                if state[next] == 0, let cycle = visit(next) { return cycle }
            }
            stack.removeLast()
            state[node] = 2
            return nil
        }
        for node in edges.indices where state[node] == 0 {
            if let cycle = visit(node) { return cycle }
        }
        return nil
    }
}
