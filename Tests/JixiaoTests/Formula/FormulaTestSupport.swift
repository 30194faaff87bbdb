import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import JixiaoSite
import JixiaoSynthetic

/// A number from its text (tests only; an unparsable text gives a sentinel that fails).
func num(_ text: String) -> DecimalNumber { DecimalNumber(parsing: text) ?? DecimalNumber(-987_654_321) }

/// An environment over dictionaries: current values by slot, history by slot (index 0 =
/// one period back).
struct TestEnvironment: FormulaEnvironment {
    var values: [Int: DecimalNumber] = [:]
    var past: [Int: [DecimalNumber?]] = [:]
    var tenureMonths: Int = 0

    func value(slot: Int) -> DecimalNumber? { values[slot] }

    func history(slot: Int, periodsBack: Int) -> DecimalNumber? {
        guard let list = past[slot], periodsBack >= 1, periodsBack <= list.count else { return nil }
        return list[periodsBack - 1]
    }
}

/// The e-commerce commission ladder from the brief.
let commissionTable = RateTable(
    minimum: 10000,
    brackets: [
        .from(0, rate: num("1%")),
        .over(20000, rate: num("2%")),
        .over(30000, rate: num("3%")),
        .over(50000, rate: num("5%")),
        .over(80000, rate: num("7%")),
        .over(120000, rate: num("10%")),
    ])

/// The customer-service quick-calculation table as content/policies/cs-pay.md reads the
/// brief: over 20,000 the excess at 5.5% plus 750; over 25,000 the excess at 4% plus 1,025.
let serviceTable = RateTable(brackets: [
    .over(20000, rate: num("5.5%"), fixed: 750),
    .over(25000, rate: num("4%"), fixed: 1025),
])

/// Year-end bonus base by tenure months.
let bonusTable = RateTable(brackets: [
    .from(6, value: 4000),
    .from(12, value: 10000),
])

/// A retroactive ladder: 1% from 0, 2% from 10000 (+100), 3% over 20000.
let retroTable = RateTable(brackets: [
    .from(0, rate: num("1%")),
    .from(10000, rate: num("2%"), fixed: 100),
    .over(20000, rate: num("3%")),
])

/// Names used by the tests, in slot order.
let testNames = ["sales", "target", "attendance", "score", "bonus", "items.sales", "refunds", "x", "y", "z"]

/// Symbols with the test names and tables.
let testSymbols = FormulaSymbols(
    names: testNames,
    tables: [
        "commission": commissionTable,
        "service": serviceTable,
        "tenure_bonus": bonusTable,
        "retro": retroTable,
    ])

/// Parses, compiles and evaluates `source` with the given values (by name).
func evaluate(
    _ source: String,
    _ values: [String: DecimalNumber] = [:],
    history: [String: [DecimalNumber?]] = [:],
    tenure: Int = 0
) throws -> Result<DecimalNumber, FormulaFault> {
    let formula = try Formula.parse(source, origin: SourceLocation(file: "policies/test.md", line: 1, column: 1))
    let compiled = try formula.compile(resolver: testSymbols)
    var env = TestEnvironment(tenureMonths: tenure)
    for (name, value) in values {
        if let slot = testSymbols.slot(for: name) { env.values[slot] = value }
    }
    for (name, list) in history {
        if let slot = testSymbols.slot(for: name) { env.past[slot] = list }
    }
    return compiled.evaluate(env)
}

/// The value, or a sentinel when the formula faulted.
func value(_ source: String, _ values: [String: DecimalNumber] = [:], history: [String: [DecimalNumber?]] = [:], tenure: Int = 0) throws
    -> DecimalNumber
{
    switch try evaluate(source, values, history: history, tenure: tenure) {
    case .success(let value): value
    case .failure: DecimalNumber(-123_456_789)
    }
}

/// The fault, or `nil` when the formula produced a value.
func fault(_ source: String, _ values: [String: DecimalNumber] = [:], history: [String: [DecimalNumber?]] = [:]) throws -> FormulaFault? {
    switch try evaluate(source, values, history: history) {
    case .success: nil
    case .failure(let fault): fault
    }
}

/// The parse or compile error of `source` placed at `origin`, or `nil`.
func formulaError(_ source: String, origin: SourceLocation = SourceLocation(file: "p.md", line: 1, column: 1)) -> FormulaError? {
    do {
        _ = try Formula.parse(source, origin: origin).compile(resolver: testSymbols)
        return nil
    } catch {
        return error
    }
}
