import JixiaoCore
import JixiaoRules
extension PayCalculator {
    /// Units whose figures are whole counts (a boundary is shown one below and one above).
    static let wholeUnits: Set<String> = ["次", "天", "分钟", "个月", "年", "人"]

    /// The constants each input is compared with (`complaints >= 2` gives 2 for
    /// `complaints`; `late_count + early_leave_count <= 1` gives 1 for both) and the
    /// boundaries of the tables applied to it, ascending.
    package var criticalPoints: [String: [DecimalNumber]] {
        var found: [String: Set<DecimalNumber>] = [:]
        let comparisons: Set<FormulaNode.Binary> = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
        func names(_ node: FormulaNode) -> [String] {
            var out: [String] = []
            node.walkNames { out.append($0) }
            return out
        }
        root.walk { node in
            switch node {
            case .binary(let op, let a, let b, _) where comparisons.contains(op):
                if case .number(let c, _) = b { for n in names(a) { found[n, default: []].insert(c) } }
                if case .number(let c, _) = a { for n in names(b) { found[n, default: []].insert(c) } }
            case .table(_, let amount, let table, _, _):
                guard let t = tables.first(where: { $0.name.lowercased() == table.lowercased() })?.table else { return }
                let bounds = t.brackets.map(\.lower) + (t.minimum.map { [$0] } ?? [])
                for n in names(amount) { found[n, default: []].formUnion(bounds) }
            default: break
            }
        }
        return found.mapValues { $0.sorted() }
    }

    /// The figure an input starts from in the worked examples and the calculator: a flag
    /// is chosen to give the larger amount; an input with boundaries starts at 0; otherwise
    /// a round figure for its unit (元 5,000; 分 90; 年 3; 个月 36; 天 21; 次 1; none 1).
    package func baseValues(units: [String: String]) -> [DecimalNumber] {
        let critical = criticalPoints
        var values = inputs.map { name -> DecimalNumber in
            if flags.contains(name) || critical[name] != nil { return .zero }
            switch units[name] ?? "" {
            case "元": return DecimalNumber(5000)
            case "分": return DecimalNumber(90)
            case "年": return DecimalNumber(3)
            case "个月": return DecimalNumber(36)
            case "天": return DecimalNumber(21)
            default: return .one
            }
        }
        for (i, name) in inputs.enumerated() where flags.contains(name) {
            var yes = values
            yes[i] = .one
            if let on = result(yes), on > (result(values) ?? on - .one) { values = yes }
        }
        return values
    }

    /// The figures the worked examples try for input `i`: its boundaries one step (1 for
    /// whole counts, else 0.01) below, at and above; 0 and 1 for a flag; else 0 and twice
    /// the base figure. No negatives, base figure excluded, ascending.
    package func examplePoints(_ i: Int, base: DecimalNumber, unit: String?) -> [DecimalNumber] {
        let name = inputs[i]
        if flags.contains(name) { return [.zero, .one].filter { $0 != base } }
        var points: Set<DecimalNumber> = []
        if let critical = criticalPoints[name] {
            let step = Self.wholeUnits.contains(unit ?? "") ? DecimalNumber.one : RateCalculator.cent
            for c in critical { points.formUnion([c - step, c, c + step]) }
        } else {
            points.formUnion([.zero, base + base])
        }
        return points.filter { !$0.isNegative && $0 != base }.sorted()
    }

    /// The worked examples' rows of input figures: the base row, then each input in turn at
    /// each of its example points with the others at their base figures.
    package func exampleRows(units: [String: String]) -> [[DecimalNumber]] {
        let base = baseValues(units: units)
        var rows = [base]
        for i in inputs.indices {
            for x in examplePoints(i, base: base[i], unit: units[inputs[i]]) {
                var row = base
                row[i] = x
                rows.append(row)
            }
        }
        return rows
    }
}
