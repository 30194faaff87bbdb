import JixiaoCore
import JixiaoRules
/// A pay item as a staff member checks it: "with these figures of mine, what is this item?".
/// Made for every pay item whose formula, with the policy's variables written out, uses only
/// arithmetic, comparisons, `IF`/`AND`/`OR`/`NOT`, `MIN`/`MAX`/`SUM`/`AVERAGE`,
/// `ROUND`/`ROUNDDOWN`/`ABS`/`CLAMP` and the policy's rate tables, and reads only the
/// employee's own figures of the month (measures, attributes, score, coefficient,
/// yes/no flags). The engine's compiled formulas compute the worked examples; the browser
/// calculator (`jixiao.js`, "Calculators") evaluates the same syntax tree (`dataJSON`).
package struct PayCalculator: Sendable {
    /// Why a pay item gets no calculator (a sentence on the page says so).
    package enum Exclusion: String, Sendable, CaseIterable, Error {
        /// Reads earlier months (`PREV`, `AVG_LAST` …), which the employee cannot type in.
        case history
        /// Reads a department or company figure (`dept.*`, `headcount`).
        case group
        /// Reads a figure the engine works out from other rules (`streak_reward`).
        case engine
        /// Depends on whether a value is blank (`IFBLANK`, `ISBLANK`, `IFERROR`).
        case blank
        /// Uses a function the browser calculator does not compute (`^`, `TENURE_MONTHS()`).
        case function
    }

    /// Names an employee cannot type in as their own figure for the month.
    static let groupNames: Set<String> = ["headcount"]
    /// Names the engine computes from other rules.
    static let engineNames: Set<String> = ["streak_reward", "band_coefficient"]

    /// The pay item.
    package var item: PayItem
    /// The inputs (lowercase names), in the order the formula first reads them.
    package var inputs: [String]
    /// The inputs used only as yes/no conditions (entered as 1 or 0).
    package var flags: Set<String>
    /// The formula's syntax tree with the policy's variables written out.
    package var root: FormulaNode
    /// The rate tables the formula calls, with the method of each call, in first-use order.
    package var tables: [(name: String, method: RateTableMethod, table: RateTable)]
    /// The engine's compiled formulas: the variables the item reads (each after those it
    /// reads; slots after the inputs'), then the item's own.
    var compiled: [CompiledFormula]

    /// A key unique on a policy page, usable in ids: `performance`.
    package var key: String {
        item.id.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
    }

    /// The calculator of `item`, the reason it has none (`.failure`), or `nil` when a
    /// calculator would say nothing (a constant, a single figure such as `base_salary`, or a
    /// whole rate-table call, which has the table's own calculator).
    package static func make(_ item: PayItem, rules: RuleSet) -> Result<PayCalculator, Exclusion>? {
        guard let formula = try? Formula.parse(item.formula.text, origin: item.formula.location) else { return nil }
        switch formula.root {
        case .number, .name: return nil
        case .table(_, .name, _, _, _): return nil
        default: break
        }
        var expander = PayFormulaExpander(rules: rules)
        guard let root = expander.expand(formula.root) else { return .failure(expander.exclusion ?? .function) }
        if let reason = expander.exclusion { return .failure(reason) }
        if expander.inputs.isEmpty { return nil }
        let symbols = FormulaSymbols(names: expander.inputs + expander.variables.map { $0.name.lowercased() }, tables: rules.tables)
        var compiled: [CompiledFormula] = []
        for source in expander.variables.map(\.formula) + [item.formula] {
            guard let parsed = try? Formula.parse(source.text, origin: source.location),
                let formula = try? parsed.compile(resolver: symbols)
            else { return .failure(.function) }
            compiled.append(formula)
        }
        return .success(
            PayCalculator(
                item: item, inputs: expander.inputs, flags: expander.flags, root: root, tables: expander.tables, compiled: compiled))
    }

    /// The engine's amount for `values` (one per input): the item's compiled formula and the
    /// variables it reads, evaluated as the engine does, rounded to the cent; `nil` when the
    /// engine reports a fault (division by zero, overflow …).
    package func result(_ values: [DecimalNumber]) -> DecimalNumber? {
        var env = PayCalculatorEnvironment(values: values.map { Optional($0) } + compiled.dropLast().map { _ -> DecimalNumber? in nil })
        for (i, formula) in compiled.dropLast().enumerated() {
            if case .success(let value) = formula.evaluate(env) { env.values[inputs.count + i] = value }
        }
        guard let last = compiled.last, case .success(let value) = last.evaluate(env) else { return nil }
        return value.roundedToCents
    }
}
