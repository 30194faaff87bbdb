import JixiaoCore
import JixiaoMarkdown
/// A formula as HR writes it in policy front matter, e.g.
/// `IF(attendance >= 0.95, PROGRESSIVE(sales, commission), 0)`, parsed and checked for
/// syntax. Bind it to the company's measures with `compile(resolver:)` before evaluating.
///
/// See docs/formulas.md for the language.
public struct Formula: Sendable {
    /// The formula text as written.
    public let source: String
    /// Where the formula's first character sits in the policy file.
    public let origin: SourceLocation
    /// The syntax tree.
    package let root: FormulaNode
    /// Offsets to places and excerpts.
    let map: FormulaSourceMap

    /// Every name the formula refers to (lowercase, first occurrence first), including the
    /// measures read through `PREV` and the `_LAST` windows. Table names are not included.
    public let identifiers: [String]
    /// The names whose value in the *current* period the formula may read: like
    /// `identifiers` but leaving out names used only as `PREV(name, n)` with a constant
    /// `n ≥ 1`. Use these edges for cycle detection, so that `PREV(total) + sales` in the
    /// item `total` is not a cycle.
    public let currentPeriodIdentifiers: [String]
    /// The rate tables the formula uses (lowercase, first occurrence first).
    public let tableNames: [String]

    /// Parses `source`. `origin` is where its first character sits in the policy file;
    /// errors are placed relative to it (same line: column offset; later lines of a
    /// multi-line formula: line offset and the column within that line).
    public static func parse(_ source: String, origin: SourceLocation) throws(FormulaError) -> Formula {
        let map = FormulaSourceMap(source: source, origin: origin)
        var parser = try FormulaParser(map: map)
        let root = try parser.parseFormula()
        return Formula(source: source, origin: origin, root: root, map: map)
    }

    private init(source: String, origin: SourceLocation, root: FormulaNode, map: FormulaSourceMap) {
        self.source = source
        self.origin = origin
        self.root = root
        self.map = map
        var all: [String] = [], current: [String] = [], tables: [String] = []
        func add(_ name: String, to list: inout [String]) {
            if !list.contains(name) { list.append(name) }
        }
        root.walk { node in
            switch node {
            case .name(let name, _):
                add(name, to: &all)
                add(name, to: &current)
            case .history(let function, let name, _, let periods, _):
                add(name, to: &all)
                var historyOnly = false
                if function == .prev, case .number(let n, _) = periods, n >= .one { historyOnly = true }
                if !historyOnly { add(name, to: &current) }
            case .table(_, _, let table, _, _):
                add(table, to: &tables)
            default:
                break
            }
        }
        self.identifiers = all
        self.currentPeriodIdentifiers = current
        self.tableNames = tables
    }
}
