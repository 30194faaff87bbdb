import JixiaoCore
/// The measurable side of a ladder requirement written as a comparison with a constant
/// (`AVG_LAST(score, 6) >= 88`, `tenure_months >= 24`, `SUM_LAST(complaints, 3) = 0`):
/// the compiled value side, the comparison and the target, so that a person's distance to
/// the requirement can be shown. Other conditions (`A AND B`, approvals) have none.
struct RequirementMeasure: Sendable {
    /// The compared value, compiled.
    let side: CompiledFormula
    /// Value *comparison* target.
    let comparison: RequirementProgress.Comparison
    /// The constant target.
    let target: DecimalNumber

    /// The measure of a requirement's condition, or `nil` when it is not a comparison of a
    /// value with a constant (or does not compile: the condition itself reports that).
    static func make(_ source: FormulaSource, _ symbols: FormulaSymbols) -> RequirementMeasure? {
        guard let formula = try? Formula.parse(source.text, origin: source.location),
            case .binary(let op, let left, let right, _) = formula.root,
            var comparison = comparison(op)
        else { return nil }
        var (valueNode, targetNode) = (left, right)
        if !right.isConstant && left.isConstant {
            (valueNode, targetNode) = (right, left)
            comparison = flipped(comparison)
        }
        guard targetNode.isConstant, !valueNode.isConstant,
            let side = compile(valueNode, formula, symbols), let target = compile(targetNode, formula, symbols)?.constantValue
        else { return nil }
        return RequirementMeasure(side: side, comparison: comparison, target: target)
    }

    /// One side of a parsed formula, compiled on its own.
    static func compile(_ node: FormulaNode, _ formula: Formula, _ symbols: FormulaSymbols) -> CompiledFormula? {
        var compiler = FormulaCompiler(map: formula.map, symbols: symbols)
        do { try compiler.compileProgram(node) } catch { return nil }
        return CompiledFormula(compiler: compiler, formula: formula)
    }

    /// The comparison an operator makes, `nil` for other operators.
    static func comparison(_ op: FormulaNode.Binary) -> RequirementProgress.Comparison? {
        switch op {
        case .greaterEqual: .atLeast
        case .greater: .above
        case .lessEqual: .atMost
        case .less: .below
        case .equal: .equal
        case .notEqual: .notEqual
        default: nil
        }
    }

    /// The comparison with its sides swapped (`88 <= x` is `x >= 88`).
    static func flipped(_ c: RequirementProgress.Comparison) -> RequirementProgress.Comparison {
        switch c {
        case .atLeast: .atMost
        case .above: .below
        case .atMost: .atLeast
        case .below: .above
        case .equal, .notEqual: c
        }
    }

    /// This month's progress on the requirement `name`, given whether it holds.
    func progress(name: String, met: Bool, approval: Bool, frame: EvaluationFrame) -> RequirementProgress {
        var p = RequirementProgress(name: name, met: met, approval: approval)
        if case .success(let value) = side.evaluate(frame) {
            p.value = value
            p.comparison = comparison
            p.target = target
        }
        return p
    }
}
