import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Pay-item calculators (issue 15, item 3): which items get one, the tree the browser
/// evaluates, the engine's amounts (hand-worked from the policies), the worked examples and
/// the page. With `JIXIAO_PAY_CALCULATOR_FIXTURE=path` set, the fixture test also writes the
/// engine's amounts for ≥ 1,000 input rows per calculator of the example company, for
/// `scripts/verify/check_calculators.py` to compare with the browser.
@Suite("Pay-item calculators")
struct PayCalculatorTests {
    static func d(_ text: String) -> DecimalNumber { DecimalNumber(parsing: text)! }

    /// The rules in force last for the policy with `slug`.
    static func rules(_ slug: String) throws -> RuleSet {
        let (content, results) = try ExampleCompanyTests.loaded.get()
        let i = try #require(content.policies.firstIndex { $0.slug == slug })
        return try #require(results.versions.last { $0.policyIndex == i }?.rules)
    }

    /// The calculator of pay item `id` of the policy `slug`.
    static func calculator(_ slug: String, _ id: String) throws -> PayCalculator {
        let rules = try rules(slug)
        let item = try #require(rules.pay.first { $0.id == id })
        guard case .success(let c)? = PayCalculator.make(item, rules: rules) else {
            Issue.record("\(slug)/\(id) has no calculator")
            throw CancellationError()
        }
        return c
    }

    /// What each pay item of a policy gets: "calc", "-" (nothing to compute) or the reason.
    static func kinds(_ slug: String) throws -> [String] {
        let rules = try rules(slug)
        return rules.pay.map { item in
            switch PayCalculator.make(item, rules: rules) {
            case .success?: "\(item.id): calc"
            case .failure(let reason)?: "\(item.id): \(reason.rawValue)"
            case nil: "\(item.id): -"
            }
        }
    }

    @Test("which pay items get a calculator, and why the others do not")
    func qualifying() throws {
        #expect(
            try Self.kinds("ops-pay") == [
                "base: -", "position: -", "seniority: calc", "attendance: calc", "performance: calc", "commission: -",
                "streak: -", "year_end: history",
            ])
        #expect(
            try Self.kinds("cs-pay") == [
                "position: -", "commission: -", "shared: group", "seniority: calc", "streak: -", "year_end: history",
                "losses: blank", "complaint_fine: calc", "chat_fine: calc", "leak_fine: calc",
            ])
        #expect(
            try Self.kinds("warehouse-pay") == [
                "base: calc", "bonus: calc", "lunch: calc", "seniority: calc", "streak: -", "year_end: history",
            ])
    }

    @Test("inputs, flags and variables written out")
    func inputs() throws {
        let performance = try Self.calculator("ops-pay", "performance")
        #expect(performance.inputs == ["assessed", "base_salary", "score"] && performance.flags == ["assessed"])
        // full_attendance is a variable: its six figures become the inputs.
        let attendance = try Self.calculator("ops-pay", "attendance")
        #expect(
            attendance.inputs == [
                "late_count", "early_leave_count", "late_minutes", "absent_days", "personal_leave_days", "sick_leave_days",
            ])
        #expect(attendance.flags.isEmpty)
        let bonus = try Self.calculator("warehouse-pay", "bonus")
        #expect(bonus.flags == ["is_temporary", "assessed"])
    }

    @Test("the engine's amounts, worked by hand")
    func amounts() throws {
        let performance = try Self.calculator("ops-pay", "performance")
        // 6,000 × 20% × 87.5 ÷ 100 = 1,050; not assessed: 0.
        #expect(performance.result([1, 6000, Self.d("87.5")]) == 1050)
        #expect(performance.result([0, 6000, Self.d("87.5")]) == 0)
        // 5,555.55 × 20% = 1,111.11; × 83.33 = 92,588.7963 → ÷ 100 = 925.887963 → ¥925.89.
        #expect(performance.result([1, Self.d("5555.55"), Self.d("83.33")]) == Self.d("925.89"))
        // From 2026-07 the full-attendance bonus is 300: one late arrival of 9 minutes keeps it, 10 minutes loses it.
        let attendance = try Self.calculator("ops-pay", "attendance")
        #expect(attendance.result([1, 0, 9, 0, 0, 0]) == 300)
        #expect(attendance.result([1, 0, 10, 0, 0, 0]) == 0)
        #expect(attendance.result([1, 1, 0, 0, 0, 0]) == 0)
        // Warehouse seniority: 200 × ROUNDDOWN((37 − 1) ÷ 12) = 600; 36 months: 35 ÷ 12 = 2.916667 → 2 → 400.
        let seniority = try Self.calculator("warehouse-pay", "seniority")
        #expect(seniority.inputs == ["is_temporary", "tenure_months"])
        #expect(seniority.result([0, 37]) == 600 && seniority.result([0, 36]) == 400 && seniority.result([1, 37]) == 0)
        // Complaint fines: 50 at the first, 100 more at the second.
        let fine = try Self.calculator("cs-pay", "complaint_fine")
        #expect(fine.result([0]) == 0 && fine.result([1]) == 50 && fine.result([2]) == 150 && fine.result([Self.d("1.99")]) == 50)
    }

    @Test("the tree the browser evaluates")
    func tree() throws {
        let fine = try Self.calculator("cs-pay", "complaint_fine")
        #expect(
            fine.dataJSON
                == "{\"inputs\":[\"complaints\"],\"tables\":[],\"f\":[\"+\","
                + "[\"IF\",[\">=\",[\"x\",0],[\"n\",\"1\"]],[\"n\",\"50\"],[\"n\",\"0\"]],"
                + "[\"IF\",[\">=\",[\"x\",0],[\"n\",\"2\"]],[\"n\",\"100\"],[\"n\",\"0\"]]]}")
        let performance = try Self.calculator("ops-pay", "performance")
        #expect(
            performance.dataJSON
                == "{\"inputs\":[\"assessed\",\"base_salary\",\"score\"],\"tables\":[],\"f\":[\"IF\",[\"x\",0],"
                + "[\"/\",[\"*\",[\"*\",[\"x\",1],[\"pct\",[\"n\",\"20\"]]],[\"x\",2]],[\"n\",\"100\"]],[\"n\",\"0\"]]}")
    }

    @Test("worked examples around every boundary")
    func examples() throws {
        let fine = try Self.calculator("cs-pay", "complaint_fine")
        // Compared with 1 and 2, counted in 次: 0 (base), 1, 2, 3.
        let rows = fine.exampleRows(units: ["complaints": "次"])
        #expect(rows == [[0], [1], [2], [3]])
        #expect(rows.map { fine.result($0) } == [0, 50, 150, 150])
        // A flag starts where the amount is larger: assessed = 1; score (分) 90, base salary (元) 5,000.
        let performance = try Self.calculator("ops-pay", "performance")
        #expect(performance.baseValues(units: ["base_salary": "元", "score": "分"]) == [1, 5000, 90])
    }

    @Test("the policy page shows pay calculators and names the items without one")
    func policyPage() throws {
        let zh = try PolicySearchTests.build()
        let ops = try #require(zh.text("policies/ops-pay.html"))
        #expect(ops.contains("<caption>绩效工资：算例</caption>"))
        #expect(ops.contains("<label for=\"pay-calc-performance-3\">考核得分（分）</label>"))
        #expect(ops.contains("<label for=\"pay-calc-performance-1\">参加考核（1 = 是，0 = 否）</label>"))
        // Base row: assessed 1, 5,000 × 20% × 90 ÷ 100 = 900.
        #expect(ops.contains("aria-live=\"polite\">绩效工资：¥900.00</output>"))
        #expect(ops.contains("以下工资项目没有计算器：年终奖（用到以前月份的数据）。"))
        let en = try PolicySearchTests.build(locale: "en")
        let cs = try #require(en.text("policies/cs-pay.html"))
        #expect(cs.contains("No calculator for: "))
        #expect(cs.contains("(depends on whether a figure is blank)"))
    }

    @Test("the table of contents leads to the rule tables and to each calculator, in page order")
    func contentsListCalculators() throws {
        let zh = try PolicySearchTests.build()
        let cs = try #require(zh.text("policies/cs-pay.html"))
        let nav = cs[try #require(cs.range(of: "<nav class=\"toc\"")).lowerBound...]
        let toc = nav[..<(try #require(nav.range(of: "</nav>"))).lowerBound]
        // cs-pay: one rate-table calculator (the commission brackets), then the pay items whose
        // inputs staff know: seniority, and the three fines.
        let wanted = [
            ("#rule-tables", "规则明细"), ("#calc-cs-commission-bracket-title", "个人销售提成计算器"),
            ("#pay-calc-seniority-title", "工龄工资计算器"), ("#pay-calc-complaint-fine-title", "投诉罚款计算器"),
            ("#pay-calc-chat-fine-title", "工作号闲聊罚款计算器"), ("#pay-calc-leak-fine-title", "泄露联系方式罚款计算器"),
        ]
        var last = cs.startIndex
        for (href, label) in wanted {
            #expect(toc.contains("<a href=\"\(href)\">\(label)</a>"))
            // Each target exists on the page, after the previous one.
            let at = try #require(cs.range(of: "id=\"\(href.dropFirst())\""), "\(href) has no target")
            #expect(at.lowerBound > last)
            last = at.lowerBound
        }
        let grades = try #require(zh.text("policies/grades.html"))
        #expect(grades.contains("<li><a href=\"#rule-tables\">规则明细</a></li>\n</ul>"))
        let en = try #require(try PolicySearchTests.build(locale: "en").text("policies/cs-pay.html"))
        // The body is Chinese; the generated entries are marked English.
        #expect(en.contains("<li lang=\"en\"><a href=\"#calc-cs-commission-bracket-title\">Personal sales commission calculator</a></li>"))
    }

    @Test("contents entries: calculators after the headings, under the rule tables when those were appended")
    func contentsEntries() {
        let toc = "<ul class=\"toc\">\n<li><a href=\"#a\">A</a></li>\n</ul>\n"
        let body = "<p>x</p>\n<p class=\"calc-title\" id=\"calc-k-title\">提成 &amp; 奖金计算器</p><p class=\"calc-title\" id=\"pay-calc-f-title\">罚款计算器</p>"
        // Tables placed by the author (no appended section): the calculators become top-level entries.
        #expect(
            SiteContext.tocAddingRules(toc, tablesHeading: nil, body: body)
                == "<ul class=\"toc\">\n<li><a href=\"#a\">A</a></li>\n<li><a href=\"#calc-k-title\">提成 &amp; 奖金计算器</a></li>\n"
                + "<li><a href=\"#pay-calc-f-title\">罚款计算器</a></li>\n</ul>\n")
        #expect(SiteContext.tocAddingRules(toc, tablesHeading: nil, body: "<p>x</p>") == toc)
        // No headings of its own: a list with just the rule tables, the heading escaped.
        #expect(
            SiteContext.tocAddingRules("", tablesHeading: "R & D", body: "")
                == "<ul class=\"toc\">\n<li><a href=\"#rule-tables\">R &amp; D</a></li>\n</ul>\n")
    }

    @Test("fixture: the engine's amounts for ≥ 1,000 input rows per calculator (written when asked)")
    func fixture() throws {
        let (content, results) = try ExampleCompanyTests.loaded.get()
        let units = content.measureNames.compactMapValues(\.unit)
        var seen: [String: String] = [:]
        var generator = SeededGenerator(seed: 15)
        for version in results.versions {
            for item in version.rules.pay {
                guard case .success(let c)? = PayCalculator.make(item, rules: version.rules), seen[c.dataJSON] == nil else { continue }
                seen[c.dataJSON] = Self.fixtureEntry(c, units: units, &generator)
            }
        }
        #expect(seen.count >= 12)
        guard let path = ProcessInfo.processInfo.environment["JIXIAO_PAY_CALCULATOR_FIXTURE"] else { return }
        let body = seen.keys.sorted().map { "\(RateCalculatorTests.quoted($0)):\(seen[$0]!)" }.joined(separator: ",\n")
        try ("{\n" + body + "\n}\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `{"inputs": [[...], ...], "results": [...]}`: the worked examples, every input at each
    /// of its boundaries − 0.01, at and + 0.01 (the others at their base figures), and 1,000
    /// random rows (flags 0 or 1; a third of the figures at a boundary ± 0.01, the rest up to
    /// twice the largest of the base figure and the boundaries, a tenth with 3–6 decimals).
    static func fixtureEntry(_ c: PayCalculator, units: [String: String], _ g: inout SeededGenerator) -> String {
        var rows = c.exampleRows(units: units)
        let base = rows[0], critical = c.criticalPoints, cent = DecimalNumber(raw: DecimalNumber.scale / 100)
        for (i, name) in c.inputs.enumerated() {
            for b in critical[name] ?? [] {
                for x in [b - cent, b, b + cent] where !x.isNegative {
                    var row = base
                    row[i] = x
                    rows.append(row)
                }
            }
        }
        for _ in 0..<1000 {
            rows.append(
                c.inputs.enumerated().map { (i, name) -> DecimalNumber in
                    if c.flags.contains(name) { return Bool.random(using: &g) ? .one : .zero }
                    let points = critical[name] ?? []
                    if !points.isEmpty, Int.random(in: 0..<3, using: &g) == 0 {
                        let x = points[Int.random(in: 0..<points.count, using: &g)] + cent * DecimalNumber(Int.random(in: -1...1, using: &g))
                        return x.isNegative ? .zero : x
                    }
                    let top = max(base[i], points.last ?? .zero, .one) * DecimalNumber(2)
                    let places = Int.random(in: 0..<10, using: &g) == 0 ? Int.random(in: 3...6, using: &g) : 2
                    var unit: Int128 = 1
                    for _ in 0..<(DecimalNumber.places - places) { unit *= 10 }
                    return DecimalNumber(raw: Int128(UInt64.random(in: 0...UInt64(top.raw / unit), using: &g)) * unit)
                })
        }
        let inputs = rows.map { "[" + $0.map { "\"\($0.plainText)\"" }.joined(separator: ",") + "]" }
        let results = rows.map { c.result($0).map { "\"\($0.plainText)\"" } ?? "null" }
        return "{\"inputs\":[" + inputs.joined(separator: ",") + "],\"results\":[" + results.joined(separator: ",") + "]}"
    }
}
