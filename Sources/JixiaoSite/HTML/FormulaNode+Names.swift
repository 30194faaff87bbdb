import JixiaoRules
extension FormulaNode {
    /// Visits every name read (lowercase), depth first.
    func walkNames(_ visit: (String) -> Void) {
        walk { if case .name(let n, _) = $0 { visit(n.lowercased()) } }
    }
}
