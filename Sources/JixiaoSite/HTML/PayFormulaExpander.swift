import JixiaoCore
import JixiaoRules
/// Writes a pay formula's variables out (their syntax trees in place of their names) and
/// notes what the result reads: the inputs, which of them are yes/no flags, the tables, and
/// the first reason the browser calculator cannot compute it (`exclusion`).
struct PayFormulaExpander {
    let rules: RuleSet
    /// The names read, lowercase, in first-use order.
    var inputs: [String] = []
    /// Names read somewhere as a number (not only as a condition).
    var numeric: Set<String> = []
    /// Tables called, with their methods, in first-use order.
    var tables: [(name: String, method: RateTableMethod, table: RateTable)] = []
    /// The variables written out, each after those it reads.
    var variables: [(name: String, formula: FormulaSource)] = []
    /// The first reason found for having no calculator.
    var exclusion: PayCalculator.Exclusion?
    private var depth = 0

    init(rules: RuleSet) { self.rules = rules }

    /// Keeps the reason that comes first in `PayCalculator.Exclusion.allCases`.
    mutating func note(_ reason: PayCalculator.Exclusion) {
        let order = PayCalculator.Exclusion.allCases
        if let current = exclusion, (order.firstIndex(of: current) ?? 0) <= (order.firstIndex(of: reason) ?? 0) { return }
        exclusion = reason
    }

    /// The inputs used only as conditions.
    var flags: Set<String> { Set(inputs).subtracting(numeric) }

    /// `node` with the variables written out; `nil` when it cannot be (a variable loops or fails to parse).
    mutating func expand(_ node: FormulaNode, condition: Bool = false) -> FormulaNode? {
        switch node {
        case .number: return node
        case .name(let name, let offset): return expandName(name, offset: offset, condition: condition)
        case .unary(let op, let a, let offset):
            return expand(a, condition: op == .not).map { FormulaNode.unary(op, $0, offset: offset) }
        case .binary(let op, let a, let b, let offset):
            if op == .power { note(.function) }
            let logical = op == .and || op == .or
            guard let x = expand(a, condition: logical), let y = expand(b, condition: logical) else { return nil }
            return .binary(op, x, y, offset: offset)
        case .call(let function, let args, let offset):
            return expandCall(function, args, offset: offset)
        case .table(let method, let amount, let table, let tableOffset, let offset):
            let name = rules.tables.keys.first { $0.lowercased() == table.lowercased() }
            guard let name, let found = rules.tables[name] else { return nil }
            if !tables.contains(where: { $0.name == name && $0.method == method }) { tables.append((name, method, found)) }
            return expand(amount).map { FormulaNode.table(method, $0, table: table, tableOffset: tableOffset, offset: offset) }
        case .history:
            note(.history)
            return node
        }
    }

    private mutating func expandCall(_ function: FormulaFunction, _ args: [FormulaNode], offset: Int) -> FormulaNode? {
        switch function {
        case .isBlank, .ifBlank, .ifError: note(.blank)
        case .tenureMonths, .tenureYears: note(.function)
        default: break
        }
        var out: [FormulaNode] = []
        for (i, arg) in args.enumerated() {
            let condition = function == .and || function == .or || function == .not || (function == .if && i == 0)
            guard let x = expand(arg, condition: condition) else { return nil }
            out.append(x)
        }
        return .call(function, out, offset: offset)
    }

    private mutating func expandName(_ name: String, offset: Int, condition: Bool) -> FormulaNode? {
        let key = name.lowercased()
        if let variable = rules.variables.first(where: { $0.name.lowercased() == key }) {
            guard depth < 16, let parsed = try? Formula.parse(variable.formula.text, origin: variable.formula.location) else { return nil }
            depth += 1
            defer { depth -= 1 }
            let expanded = expand(parsed.root, condition: condition)
            if !variables.contains(where: { $0.name.lowercased() == key }) { variables.append(variable) }
            return expanded
        }
        if key.contains(".") || PayCalculator.groupNames.contains(key) {
            note(.group)
        } else if PayCalculator.engineNames.contains(key) {
            note(.engine)
        }
        if !inputs.contains(key) { inputs.append(key) }
        if !condition { numeric.insert(key) }
        return .name(key, offset: offset)
    }
}
