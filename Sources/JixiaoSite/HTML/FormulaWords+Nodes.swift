import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
extension FormulaWords {
    /// The words of a node and its precedence level; `nil` when some part has no words.
    func words(_ node: FormulaNode, money: Bool) -> (text: String, level: Level)? {
        switch node {
        case .number(let d, _): return (number(d, money: money), .atom)
        case .name(let n, _): return (name(n), .atom)
        case .unary(.percent, .number(let d, _), _): return (loc.score(d) + "%", .atom)
        case .unary(.negate, let a, _):
            guard let w = words(a, money: money) else { return nil }
            return ("−" + wrap(w, below: .atom), .atom)
        case .unary(.not, let a, _):
            guard let w = words(a, money: false) else { return nil }
            return (fill("fw_not", ["a": w.text]), .condition)
        case .unary: return nil
        case .binary(let op, let a, let b, _): return binary(op, a, b, money: money)
        case .call(let function, let args, _): return call(function, args, money: money)
        case .table(let method, let amount, let t, _, _):
            guard let x = words(amount, money: false) else { return nil }
            return (fill("fw_\(method.rawValue)", ["x": x.text, "t": table(t)]), .condition)
        case .history(let function, let m, _, let periods, _):
            guard case .number(let n, _) = periods else { return nil }
            if function == .prev && n == .one { return (fill("fw_prev_one", ["m": name(m)]), .atom) }
            return (fill("fw_\(function.rawValue.lowercased())", ["m": name(m), "n": loc.score(n)]), .atom)
        }
    }

    /// Operators: arithmetic with × ÷ and parentheses, comparisons and AND / OR in words.
    func binary(_ op: FormulaNode.Binary, _ a: FormulaNode, _ b: FormulaNode, money: Bool) -> (text: String, level: Level)? {
        let symbols: [FormulaNode.Binary: (String, Level)] = [
            .add: (" + ", .sum), .subtract: (" − ", .sum), .multiply: (" × ", .product), .divide: (" ÷ ", .product), .power: ("^", .power),
        ]
        if let (symbol, level) = symbols[op] {
            // In a product only the leading factor is an amount of money (¥50 × 工龄, not × ¥100).
            let sum = op == .add || op == .subtract
            guard let l = words(a, money: money), let r = words(b, money: money && sum) else { return nil }
            let right = wrap(r, below: op == .subtract || op == .divide ? Level(rawValue: level.rawValue + 1)! : level)
            return (wrap(l, below: level) + symbol + right, level)
        }
        let keys: [FormulaNode.Binary: String] = [
            .equal: "fw_eq", .notEqual: "fw_ne", .less: "fw_lt", .lessEqual: "fw_le", .greater: "fw_gt", .greaterEqual: "fw_ge",
            .and: "fw_and", .or: "fw_or",
        ]
        guard let key = keys[op], let l = words(a, money: false), let r = words(b, money: false) else { return nil }
        return (fill(key, ["a": l.text, "b": r.text]), .condition)
    }

    /// The functions that read as words; the others make the formula fall back.
    func call(_ function: FormulaFunction, _ args: [FormulaNode], money: Bool) -> (text: String, level: Level)? {
        let parts = args.enumerated().map { i, arg in words(arg, money: money && Self.carriesMoney(function, argument: i)) }
        guard !parts.contains(where: { $0 == nil }) else { return nil }
        let w = parts.map { $0!.text }
        switch function {
        case .if where w.count == 3: return (fill("fw_if", ["c": w[0], "a": w[1], "b": w[2]]), .condition)
        case .if: return (fill("fw_if_only", ["c": w[0], "a": w[1]]), .condition)
        case .and, .or:
            return (w.dropFirst().reduce(w[0]) { fill(function == .and ? "fw_and" : "fw_or", ["a": $0, "b": $1]) }, .condition)
        case .not: return (fill("fw_not", ["a": w[0]]), .condition)
        case .ifBlank: return (fill("fw_ifblank", ["a": w[0], "b": w[1]]), .atom)
        case .min, .max: return (fill("fw_\(function.rawValue.lowercased())", ["list": w.joined(separator: loc["list_separator"])]), .atom)
        case .roundDown where args.count == 1 || Self.isZero(args[1]):
            return (fill("fw_rounddown", ["x": w[0]]), .condition)
        case .round where args.count == 1 || Self.isZero(args[1]):
            return (fill("fw_round", ["x": w[0]]), .condition)
        case .abs: return (fill("fw_abs", ["x": wrap(parts[0]!, below: .atom)]), .atom)
        case .isBlank: return (fill("fw_isblank", ["x": w[0]]), .condition)
        case .tenureMonths: return (name("tenure_months"), .atom)
        case .tenureYears: return (name("tenure_years"), .atom)
        default: return nil
        }
    }

    /// Whether argument `i` of `function` is the amount itself (an IF's branches, an
    /// IFBLANK's value and fallback, a MIN/MAX operand), so money stays money.
    static func carriesMoney(_ function: FormulaFunction, argument i: Int) -> Bool {
        switch function {
        case .if: i > 0
        case .ifBlank, .min, .max, .round, .roundDown: function == .round || function == .roundDown ? i == 0 : true
        default: false
        }
    }

    /// Whether a node is the literal 0.
    static func isZero(_ node: FormulaNode) -> Bool {
        if case .number(let d, _) = node { return d.isZero }
        return false
    }
}
