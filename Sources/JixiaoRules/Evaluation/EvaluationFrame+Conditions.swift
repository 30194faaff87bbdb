import JixiaoCore
extension EvaluationFrame {
    /// Whether a condition holds in this frame: `false` for no condition, `nil` when it faults.
    func holds(_ formula: CompiledFormula?) -> Bool? {
        guard let formula else { return false }
        switch formula.evaluate(self) {
        case .success(let value): return !value.isZero
        case .failure: return nil
        }
    }
}
