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
        var names = Set<String>(["base_salary"])
        for employee in content.organisation.employees { names.formUnion(employee.attributes.keys) }
        attributes = names.sorted()
        personBase = SymbolTable.forPeople(content: content, attributes: attributes)
        departmentBase = SymbolTable.forDepartments(content: content)
    }

    /// Compiles one version of a policy.
    func compile(_ rules: RuleSet, policyIndex: Int, effective: Month, _ diagnostics: inout Diagnostics) -> CompiledVersion {
        let isDepartment = rules.scorecard?.subject == .department
        var table = isDepartment ? departmentBase : personBase
        let baseCount = table.count
        var localFormulas: [(name: String, kind: LocalKind)] = []

        enum LocalKind {
            case variable(FormulaSource)
            case item(ScorecardItem, weighted: Bool)
            case pay(PayItem)
        }

        for variable in rules.variables {
            if table.slots[variable.name.lowercased()] != nil {
                diagnostics.error(variable.formula.location, "variable \"\(variable.name)\" has the name of a measure or built-in",
                                  fix: "rename the variable")
                continue
            }
            table.define(variable.name, .local(localFormulas.count))
            localFormulas.append((variable.name, .variable(variable.formula)))
        }
        var itemSlots: [String: Int] = [:]
        func addItems(_ items: [ScorecardItem], weighted: Bool) {
            for item in items {
                addItems(item.items, weighted: weighted)
                let slot = table.define("items." + item.id, .local(localFormulas.count))
                if itemSlots[item.id] != nil {
                    diagnostics.error(item.location, "item id \"\(item.id)\" is used twice in this scorecard", fix: "give each item its own id")
                }
                itemSlots[item.id] = slot
                localFormulas.append(("items." + item.id, .item(item, weighted: weighted)))
            }
        }
        if let card = rules.scorecard { addItems(card.items, weighted: card.scoring == .weighted) }
        var paySlots: [Int] = []
        for item in rules.pay {
            paySlots.append(table.define("pay." + item.id, .local(localFormulas.count)))
            localFormulas.append(("pay." + item.id, .pay(item)))
        }

        let symbols = FormulaSymbols(slots: table.slots, tables: rules.tables)
        func compileFormula(_ source: FormulaSource) -> CompiledFormula? {
            do {
                return try Formula.parse(source.text, origin: source.location).compile(resolver: symbols)
            } catch {
                diagnostics.report(error.diagnostic)
                return nil
            }
        }
        func local(_ name: String) -> Int? {
            guard let slot = table.slots[name.lowercased()], case .local(let i) = table.sources[slot] else { return nil }
            return i
        }

        var locals: [LocalNode] = []
        var dependencies: [[Int]] = []
        var localLocations: [SourceLocation] = []
        for (name, kind) in localFormulas {
            switch kind {
            case .variable(let source):
                let compiled = compileFormula(source)
                locals.append(.formula(compiled, floor: nil, cap: nil, round: false))
                dependencies.append(Self.identifiers(source).compactMap(local))
                localLocations.append(source.location)
            case .item(let item, let weighted):
                if let source = item.formula {
                    let compiled = compileFormula(source)
                    locals.append(.formula(compiled, floor: item.floor, cap: item.cap, round: false))
                    dependencies.append(Self.identifiers(source).compactMap(local))
                    localLocations.append(source.location)
                } else if !item.ratings.isEmpty {
                    var parts: [(slot: Int, weight: DecimalNumber)] = []
                    for rating in item.ratings {
                        if let slot = table.slots[rating.measure] { parts.append((slot, rating.weight)) } else {
                            diagnostics.error(rating.location, "unknown rating measure \"\(rating.measure)\"",
                                              fix: Suggest.closest(to: rating.measure, in: Array(table.slots.keys)).map { "did you mean \($0)?" }
                                                  ?? "use a column of the monthly data")
                        }
                    }
                    let factor = weighted ? DecimalNumber.one : (item.points ?? .hundred) / .hundred
                    locals.append(.ratings(parts, factor: factor, floor: item.floor, cap: item.cap))
                    dependencies.append([])
                    localLocations.append(item.location)
                } else {
                    let children = item.items.compactMap { child in itemSlots[child.id].map { (slot: $0, weight: child.weight) } }
                    locals.append(.group(children, weighted: weighted, floor: item.floor, cap: item.cap))
                    dependencies.append(item.items.compactMap { local("items." + $0.id) })
                    localLocations.append(item.location)
                }
                _ = name
            case .pay(let item):
                let compiled = compileFormula(item.formula)
                locals.append(.formula(compiled, floor: nil, cap: nil, round: true))
                dependencies.append(Self.identifiers(item.formula).compactMap(local))
                localLocations.append(item.formula.location)
            }
        }
        // Circular references.
        if let cycle = Self.findCycle(dependencies) {
            let path = (cycle + [cycle[0]]).map { localFormulas[$0].name }.joined(separator: " → ")
            diagnostics.error(localLocations[cycle[0]], "circular reference: \(path)",
                              fix: "a name cannot depend on itself; compute one of them from measures instead")
        }

        let sources = table.sources.enumerated().map { (slot, source) -> SlotSource in
            if case .local(let i) = source { return .local(i) }
            _ = slot
            return source
        }
        var rangeSlots: [(Int, MeasureRange)] = []
        for range in rules.ranges {
            if let slot = table.slots[range.measure], slot < baseCount { rangeSlots.append((slot, range)) } else {
                diagnostics.error(range.location, "unknown measure \"\(range.measure)\" in ranges",
                                  fix: Suggest.closest(to: range.measure, in: Array(table.slots.keys)).map { "did you mean \($0)?" } ?? "use a column of the monthly data")
            }
        }
        return CompiledVersion(
            policyIndex: policyIndex, effective: effective, until: nil, rules: rules, sources: sources, names: table.names,
            locals: locals, itemSlots: itemSlots,
            topItemSlots: rules.scorecard?.items.compactMap { itemSlots[$0.id] } ?? [],
            eligibility: rules.eligibility.map { compileFormula($0.when) },
            streakConditions: rules.streaks.map { $0.when.flatMap(compileFormula) },
            alertConditions: rules.alerts.map { compileFormula($0.when) },
            ladderRequirements: rules.ladder?.levels.map { $0.requirements.map { compileFormula($0.when) } } ?? [],
            ladderStart: rules.ladder?.start.flatMap(compileFormula),
            paySlots: paySlots,
            coefficient: rules.scorecard?.coefficient.flatMap(compileFormula),
            rangeSlots: rangeSlots)
    }


    static func identifiers(_ source: FormulaSource) -> [String] {
        (try? Formula.parse(source.text, origin: source.location))?.currentPeriodIdentifiers.map { $0.lowercased() } ?? []
    }

    /// A cycle in a dependency graph, as node indices, or `nil`.
    static func findCycle(_ edges: [[Int]]) -> [Int]? {
        var state = Array(repeating: 0, count: edges.count) // 0 new, 1 on stack, 2 done
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
