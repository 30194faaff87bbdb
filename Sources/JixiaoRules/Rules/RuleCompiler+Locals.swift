import JixiaoCore
import JixiaoMarkdown
extension RuleCompiler {
    /// What a local name computes.
    enum LocalKind {
        /// A variable's formula.
        case variable(FormulaSource)
        /// A scorecard item (of a weighted or a points scorecard).
        case item(ScorecardItem, weighted: Bool)
        /// A pay item.
        case pay(PayItem)
    }

    /// The locals of a version, declared in slot order.
    struct DeclaredLocals {
        /// Name and kind of each local, in order.
        var formulas: [(name: String, kind: LocalKind)] = []
        /// Slot of each scorecard item, by id.
        var itemSlots: [String: Int] = [:]
        /// Slot of each pay item, in order.
        var paySlots: [Int] = []
    }

    /// Defines the variables, scorecard items (children first) and pay items in `table`.
    func declareLocals(_ rules: RuleSet, in table: inout SymbolTable, _ diagnostics: inout Diagnostics) -> DeclaredLocals {
        var declared = DeclaredLocals()
        for variable in rules.variables {
            if table.slots[variable.name.lowercased()] != nil {
                diagnostics.error(
                    variable.formula.location, "variable \"\(variable.name)\" has the name of a measure or built-in",
                    fix: "rename the variable")
                continue
            }
            table.define(variable.name, .local(declared.formulas.count))
            declared.formulas.append((variable.name, .variable(variable.formula)))
        }
        func addItems(_ items: [ScorecardItem], weighted: Bool) {
            for item in items {
                addItems(item.items, weighted: weighted)
                let slot = table.define("items." + item.id, .local(declared.formulas.count))
                if declared.itemSlots[item.id] != nil {
                    diagnostics.error(
                        item.location, "item id \"\(item.id)\" is used twice in this scorecard", fix: "give each item its own id")
                }
                declared.itemSlots[item.id] = slot
                declared.formulas.append(("items." + item.id, .item(item, weighted: weighted)))
            }
        }
        if let card = rules.scorecard { addItems(card.items, weighted: card.scoring == .weighted) }
        for item in rules.pay {
            declared.paySlots.append(table.define("pay." + item.id, .local(declared.formulas.count)))
            declared.formulas.append(("pay." + item.id, .pay(item)))
        }
        return declared
    }

    /// The local index a name refers to, if it is a local (variable, item or pay item).
    static func localIndex(_ name: String, in table: SymbolTable) -> Int? {
        guard let slot = table.slots[name.lowercased()], case .local(let i) = table.sources[slot] else { return nil }
        return i
    }

    /// Compiles one local: its node, the locals it depends on and where it is declared.
    func compileLocal(
        _ kind: LocalKind, table: SymbolTable, itemSlots: [String: Int], symbols: FormulaSymbols,
        _ diagnostics: inout Diagnostics
    ) -> (LocalNode, [Int], SourceLocation) {
        func local(_ name: String) -> Int? { Self.localIndex(name, in: table) }
        func formula(_ source: FormulaSource, floor: DecimalNumber?, cap: DecimalNumber?, round: Bool) -> (LocalNode, [Int], SourceLocation)
        {
            let compiled = Self.compileFormula(source, symbols, &diagnostics)
            return (.formula(compiled, floor: floor, cap: cap, round: round), Self.identifiers(source).compactMap(local), source.location)
        }
        switch kind {
        case .variable(let source):
            return formula(source, floor: nil, cap: nil, round: false)
        case .pay(let item):
            return formula(item.formula, floor: nil, cap: nil, round: true)
        case .item(let item, let weighted):
            if let source = item.formula { return formula(source, floor: item.floor, cap: item.cap, round: false) }
            if !item.ratings.isEmpty {
                var parts: [(slot: Int, weight: DecimalNumber)] = []
                for rating in item.ratings {
                    if let slot = table.slots[rating.measure] {
                        parts.append((slot, rating.weight))
                    } else {
                        diagnostics.error(
                            rating.location, "unknown rating measure \"\(rating.measure)\"",
                            fix: Suggest.closest(to: rating.measure, in: Array(table.slots.keys)).map { "did you mean \($0)?" }
                                ?? "use a column of the monthly data")
                    }
                }
                let factor = weighted ? DecimalNumber.one : (item.points ?? .hundred) / .hundred
                return (.ratings(parts, factor: factor, floor: item.floor, cap: item.cap), [], item.location)
            }
            let children = item.items.compactMap { child in itemSlots[child.id].map { (slot: $0, weight: child.weight) } }
            return (
                .group(children, weighted: weighted, floor: item.floor, cap: item.cap),
                item.items.compactMap { local("items." + $0.id) }, item.location
            )
        }
    }
}
