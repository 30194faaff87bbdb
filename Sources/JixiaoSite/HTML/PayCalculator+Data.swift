import JixiaoCore
import JixiaoRules
extension PayCalculator {
    /// The formula as JSON for the browser calculator (`data-pay-calc`):
    /// `{"inputs":[…],"tables":[…],"f":TREE}`. A tree node is an array: `["n","0.2"]` a
    /// number (exact decimal text), `["x",i]` input `i`, `["t",i,A]` table `i` applied to
    /// `A`, else an operator (`+ - * / = <> < <= > >= and or neg pct not`) or a function
    /// name (`IF MIN MAX SUM AVERAGE ROUND ROUNDDOWN ABS CLAMP AND OR NOT`) and its
    /// arguments. Only names and numbers, so nothing to escape beyond JSON quoting.
    package var dataJSON: String {
        let names = inputs.map { "\"\($0)\"" }.joined(separator: ",")
        let tableData = tables.map { RateCalculator.tableJSON($0.table, method: $0.method, round: false) }
        return "{\"inputs\":[\(names)],\"tables\":[\(tableData.joined(separator: ","))],\"f\":\(json(root))}"
    }

    /// One node of the tree as JSON.
    func json(_ node: FormulaNode) -> String {
        func list(_ head: String, _ args: [FormulaNode]) -> String {
            "[\"\(head)\"" + args.map { "," + json($0) }.joined() + "]"
        }
        switch node {
        case .number(let value, _): return "[\"n\",\"\(value.plainText)\"]"
        case .name(let name, _): return "[\"x\",\(inputs.firstIndex(of: name.lowercased()) ?? -1)]"
        case .unary(let op, let a, _):
            switch op {
            case .plus: return json(a)
            case .negate: return list("neg", [a])
            case .percent: return list("pct", [a])
            case .not: return list("not", [a])
            }
        case .binary(let op, let a, let b, _): return list(Self.symbol(op), [a, b])
        case .call(let function, let args, _): return list(function.rawValue, args)
        case .table(let method, let amount, let table, _, _):
            let index = tables.firstIndex { $0.name.lowercased() == table.lowercased() && $0.method == method } ?? -1
            return "[\"t\",\(index),\(json(amount))]"
        case .history: return "[\"n\",null]"
        }
    }

    /// The operator's symbol in the browser's tree.
    static func symbol(_ op: FormulaNode.Binary) -> String {
        switch op {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .power: "^"
        case .equal: "="
        case .notEqual: "<>"
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .and: "and"
        case .or: "or"
        }
    }
}
