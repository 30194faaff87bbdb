import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Worked examples and calculators (issue 15, item 3): the amounts chosen around every
/// boundary, the engine's results for them, and the table data the browser calculator reads.
/// With `JIXIAO_CALCULATOR_FIXTURE=path` set, the fixture test also writes the engine's
/// results for ≥ 1,000 inputs per calculator of the example company, for
/// `scripts/verify/check_calculators.py` to compare with the browser.
@Suite("Rate-table calculators")
struct RateCalculatorTests {
    static func d(_ text: String) -> DecimalNumber { DecimalNumber(parsing: text)! }

    /// The ops commission: minimum 10,000; 1% from 0, 2% over 20,000, 3% over 30,000, …
    static func opsCommission() throws -> RateCalculator {
        let (_, results) = try ExampleCompanyTests.loaded.get()
        let rules = try #require(results.versions.first { $0.rules.tables["commission"] != nil }?.rules)
        return try #require(RateCalculator.calculators(in: rules).first)
    }

    @Test("the ops commission's calculator: method, input, pay item, worked amounts")
    func opsExamples() throws {
        let c = try Self.opsCommission()
        #expect(c.tableName == "commission" && c.method == .progressive && c.input == "sales")
        #expect(c.payItems.map(\.id) == ["commission"] && c.key == "commission-progressive")
        // Boundaries 0, 10,000 (minimum), 20,000, 30,000, 50,000, 80,000, 120,000 ± 0.01;
        // midpoints 5,000 … 100,000 and 1.5 × 120,000 = 180,000.
        let amounts = c.exampleAmounts.map(\.plainText)
        #expect(
            amounts == [
                "0", "0.01", "5000", "9999.99", "10000", "10000.01", "15000", "19999.99", "20000", "20000.01", "25000",
                "29999.99", "30000", "30000.01", "40000", "49999.99", "50000", "50000.01", "65000", "79999.99", "80000",
                "80000.01", "100000", "119999.99", "120000", "120000.01", "180000",
            ])
    }

    @Test("the engine's results at and around the boundaries, rounded to the cent like pay")
    func opsResults() throws {
        let c = try Self.opsCommission()
        // Below the minimum nothing; 10,000 × 1% = 100; 20,000.01: 200 + 0.01 × 2% = 200.0002 → 200.00;
        // 25,000: 200 + 5,000 × 2% = 300; 180,000: 200 + 200 + 600 + 1,500 + 2,800 + 60,000 × 10% = 11,300.
        let expected = ["9999.99": "0", "10000": "100", "19999.99": "199.9999", "20000.01": "200.0002", "25000": "300", "180000": "11300"]
        for (x, raw) in expected {
            #expect(c.table.evaluate(.progressive, Self.d(x)) == Self.d(raw), "\(x)")
            #expect(c.result(Self.d(x)) == Self.d(raw).roundedToCents, "\(x)")
        }
    }

    @Test("quick-deduction and retroactive tables; a table inside a larger formula is not money")
    func otherMethods() throws {
        var rules = RuleSet()
        rules.tables["retro"] = RateTable(brackets: [.from(.zero, rate: Self.d("0.01")), .over(Self.d("1000"), rate: Self.d("0.025"), fixed: Self.d("5"))])
        rules.tables["base"] = RateTable(brackets: [.from(.zero, value: .zero), .from(Self.d("6"), value: Self.d("4000"))])
        let at = SourceLocation(file: "p.md", line: 1)
        rules.pay = [PayItem(id: "r", name: "提成", nameEN: "Commission", formula: FormulaSource("RETRO(sales, retro)", at: at), kind: .earning, months: [], note: nil)]
        rules.variables = [(name: "y", formula: FormulaSource("LOOKUP(tenure_months, base) * 2", at: at))]
        let found = RateCalculator.calculators(in: rules)
        #expect(found.map(\.key) == ["retro-retroactive", "base-lookup"])
        // 1,000.01 is over 1,000: the whole amount at 2.5% + 5 = 25.00025 + 5 → 30.00 (pay, to the cent).
        #expect(found[0].result(Self.d("1000.01")) == Self.d("30"))
        #expect(found[0].result(Self.d("1000")) == Self.d("10"))
        #expect(!found[1].isPay && found[1].result(Self.d("5.99")) == .zero && found[1].result(Self.d("6")) == Self.d("4000"))
        #expect(found[1].exampleAmounts.map(\.plainText) == ["0", "0.01", "3", "5.99", "6", "6.01", "9"])
        #expect(
            found[0].dataJSON
                == "{\"method\":\"retroactive\",\"minimum\":null,\"round\":true,\"brackets\":["
                + "{\"lower\":\"0\",\"inclusive\":true,\"rate\":\"0.01\",\"fixed\":\"0\",\"base\":null,\"value\":null},"
                + "{\"lower\":\"1000\",\"inclusive\":false,\"rate\":\"0.025\",\"fixed\":\"5\",\"base\":null,\"value\":null}]}")
    }

    @Test("the example's retroactive table: the December sprint bonus of logistics sales")
    func sprintBonus() throws {
        let (_, results) = try ExampleCompanyTests.loaded.get()
        let rules = try #require(results.versions.first { $0.rules.tables["sprint_bonus"] != nil }?.rules)
        let c = try #require(RateCalculator.calculators(in: rules).first { $0.tableName == "sprint_bonus" })
        #expect(c.method == .retroactive && c.input == "revenue" && c.payItems.map(\.id) == ["sprint"])
        // From 300,000 the whole revenue at 0.3%, over 350,000 at 0.5%:
        // 299,999.99 → 0; 300,000 → 900; 314,700 → 944.10; 350,000 → 1,050;
        // 350,000.01 × 0.5% = 1,750.00005 → ¥1,750.00; 363,200 → 1,816.
        let expected = ["299999.99": "0", "300000": "900", "314700": "944.1", "350000": "1050", "350000.01": "1750", "363200": "1816"]
        for (x, amount) in expected { #expect(c.result(Self.d(x)) == Self.d(amount), "\(x)") }
        #expect(c.table.evaluate(.retroactive, Self.d("350000.01")) == Self.d("1750.00005"))
        #expect(c.exampleAmounts.contains(Self.d("349999.99")) && c.exampleAmounts.contains(Self.d("350000.01")))
    }

    @Test("the policy page shows the worked examples and a labelled calculator")
    func policyPage() throws {
        let zh = try PolicySearchTests.build()
        let ops = try #require(zh.text("policies/ops-pay.html"))
        #expect(ops.contains("<caption>销售提成：算例</caption>"))
        #expect(ops.contains("<td class=\"num\">25,000.00</td><td>&gt; 20,000</td><td class=\"num\">¥300.00</td>"))
        #expect(ops.contains("<td class=\"num\">9,999.99</td><td>未达起算点</td><td class=\"num\">¥0.00</td>"))
        #expect(ops.contains("<input type=\"number\" id=\"calc-commission-progressive\" step=\"0.01\""))
        #expect(ops.contains("<output id=\"calc-commission-progressive-result\" for=\"calc-commission-progressive\" aria-live=\"polite\">"))
        let en = try PolicySearchTests.build(locale: "en")
        let cs = try #require(en.text("policies/cs-pay.html"))
        // cs_commission (BRACKET): 15,000 → (15,000 − 10,000) × 4.5% + 300 = 525.
        #expect(cs.contains("<td class=\"num\">15,000.00</td><td>&gt; 10,000</td><td class=\"num\">¥525.00</td>"))
    }

    @Test("fixture: the engine's results for ≥ 1,000 inputs per calculator (written when asked)")
    func fixture() throws {
        let (_, results) = try ExampleCompanyTests.loaded.get()
        var seen: [String: String] = [:]
        var generator = SeededGenerator(seed: 15)
        for version in results.versions {
            for c in RateCalculator.calculators(in: version.rules) where seen[c.dataJSON] == nil {
                seen[c.dataJSON] = Self.fixtureEntry(c, &generator)
            }
        }
        #expect(seen.count == 4)
        guard let path = ProcessInfo.processInfo.environment["JIXIAO_CALCULATOR_FIXTURE"] else { return }
        let body = seen.keys.sorted().map { "\(Self.quoted($0)):\(seen[$0]!)" }.joined(separator: ",\n")
        try ("{\n" + body + "\n}\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `{"inputs": [...], "results": [...]}`: the worked amounts, every boundary ± 0.01 and
    /// 1,000 random amounts up to twice the last boundary (a tenth with 3–6 decimals).
    static func fixtureEntry(_ c: RateCalculator, _ g: inout SeededGenerator) -> String {
        var inputs = c.exampleAmounts
        let top = max(c.boundaries.last ?? .zero, DecimalNumber(100)) * DecimalNumber(2)
        for i in 0..<1000 {
            let places = i % 10 == 0 ? Int.random(in: 3...6, using: &g) : 2
            var unit: Int128 = 1
            for _ in 0..<(DecimalNumber.places - places) { unit *= 10 }
            let raw = Int128(UInt64.random(in: 0...UInt64(top.raw / unit), using: &g)) * unit
            inputs.append(DecimalNumber(raw: raw))
        }
        let results = inputs.map { c.result($0).map { "\"\($0.plainText)\"" } ?? "null" }
        return "{\"inputs\":[" + inputs.map { "\"\($0.plainText)\"" }.joined(separator: ",") + "],\"results\":[" + results.joined(separator: ",") + "]}"
    }

    /// A JSON string literal (the keys are the calculators' data JSON).
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
