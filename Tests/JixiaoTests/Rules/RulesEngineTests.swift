import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Rules engine tests on a small fixture company: every expectation is worked out by hand.
@Suite("Rules engine")
struct RulesEngineTests {
    /// A policy file with the given rules YAML (indented under `rules:`).
    static func policy(_ rules: String, title: String = "测试规则", effective: String = "2025-12") -> String {
        "---\ntitle: \(title)\neffective: \(effective)\nrules:\n"
            + rules.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n---\n正文\n"
    }

    static let cardRules = """
        applies_to: {departments: [cs]}
        tables:
          commission:
            minimum: 10000
            brackets:
              - {from: 0, rate: 1%}
              - {over: 20000, rate: 2%}
        scorecard:
          name: 客服考核
          items:
            - {id: sales, name: 销售, points: 60, formula: 60 * sales / 30000, cap: 70}
            - {id: service, name: 服务, points: 40, formula: 40 - 15 * complaints, floor: 0}
          grades:
            - {id: excellent, name: 优秀, min: 90, coefficient: 1.2}
            - {id: pass, name: 合格, min: 60, coefficient: 1.0}
            - {id: fail, name: 不合格, min: 0, coefficient: 0}
        eligibility:
          - {reason: 在岗不满一个月, when: tenure_months < 1}
        streaks:
          - {id: fail-2, grades: [fail], months: 2, alert: 连续两个月不合格}
        pay:
          - {id: commission, name: 提成, formula: "PROGRESSIVE(sales, commission)"}
          - {id: bonus, name: 奖金, formula: 1000 * coefficient}
          - {id: fine, name: 罚款, kind: deduction, formula: "IF(complaints >= 1, 50) + IF(complaints >= 2, 100)"}
        versions:
          - effective: 2026-01
            changes: 奖金基数改为 2000
            pay:
              - {id: bonus, name: 奖金, formula: 2000 * coefficient}
        """

    func evaluate(_ changes: [String: String?]) throws -> (Content, Results) {
        let outcome = Fixtures.load(changes)
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        return (content, try RulesEngine(content: content).evaluate())
    }

    func compileErrors(_ rules: String) -> [Diagnostic] {
        let outcome = Checker.check(fileSystem: Fixtures.files(["policies/cs.md": Self.policy(rules)]))
        return outcome.diagnostics.filter { $0.severity == .error }
    }

    @Test("scores, caps, floors, grades, pay and a version change, by hand")
    func computes() throws {
        let (content, results) = try evaluate(["policies/cs.md": Self.policy(Self.cardRules)])
        let e1 = try #require(content.organisation.employeeIndex["E001"])
        let e3 = try #require(content.organisation.employeeIndex["E003"])
        let dec = try #require(Month(year: 2025, month: 12)), jan = try #require(Month(year: 2026, month: 1))
        // E001 in 2025-12: sales 30000 → 60 × 30000 / 30000 = 60; complaints 0 → 40. Total 100 → 优秀 (1.2).
        let a = try #require(results.result(employee: e1, month: dec))
        #expect(a.assessment == .assessed)
        #expect(a.score == DecimalNumber(100))
        #expect(a.coefficient == DecimalNumber(parsing: "1.2"))
        // Pay: commission on 30000 = 20000 × 1% + 10000 × 2% = 400; bonus 1000 × 1.2 = 1200 (version 1).
        #expect(a.pay.map(\.amount) == [DecimalNumber(400), DecimalNumber(1200), DecimalNumber(0)])
        #expect(a.payTotal == DecimalNumber(1600))
        // E001 in 2026-01: sales 31000 → 62; 40 → 102 (cap 70 not reached); bonus now 2000 × 1.2 = 2400.
        let b = try #require(results.result(employee: e1, month: jan))
        #expect(b.score == DecimalNumber(102))
        #expect(b.pay.first { $0.id == "bonus" }?.amount == DecimalNumber(2400))
        // E003 in 2025-12: "12,500" → 60 × 12500 / 30000 = 25; 1 complaint → 40 − 15 = 25. Total 50 → 不合格 (0).
        let c = try #require(results.result(employee: e3, month: dec))
        #expect(c.score == DecimalNumber(50))
        #expect(c.gradeIndex == 2)
        // Commission 12500 × 1% = 125; bonus 1000 × 0 = 0; fine 50 (one complaint).
        #expect(c.pay.map(\.amount) == [DecimalNumber(125), DecimalNumber(0), DecimalNumber(50)])
        #expect(c.payTotal == DecimalNumber(75))
        // E003 in 2026-01: 15000 → 30; 0 complaints → 40; total 70 → 合格: the fail streak stops at one month.
        let d = try #require(results.result(employee: e3, month: jan))
        #expect(d.score == DecimalNumber(70))
        #expect(d.streaks.isEmpty)
    }

    @Test("a floor and a cap are reached")
    func floorAndCap() throws {
        let data = "employee,sales,complaints\nE001,45000,4\nE003,100,0\n"
        let (content, results) = try evaluate(["policies/cs.md": Self.policy(Self.cardRules), "data/2025-12/cs.csv": data])
        let e1 = try #require(content.organisation.employeeIndex["E001"])
        let r = try #require(results.result(employee: e1, month: Month(year: 2025, month: 12)!))
        // 60 × 45000 / 30000 = 90 → capped at 70; 40 − 15 × 4 = −20 → floor 0. Total 70.
        #expect(r.items.map(\.value) == [DecimalNumber(70), DecimalNumber(0)])
        #expect(r.score == DecimalNumber(70))
        // Fine for 4 complaints: 50 + 100 = 150.
        #expect(r.pay.last?.amount == DecimalNumber(150))
    }

    @Test("a streak completes and raises its alert")
    func streak() throws {
        let jan = "employee,sales,complaints\nE001,31000,0\nE003,3000,3\nE005,8000,2\n"
        let (content, results) = try evaluate(["policies/cs.md": Self.policy(Self.cardRules), "data/2026-01/cs.csv": jan])
        let e3 = try #require(content.organisation.employeeIndex["E003"])
        // 2025-12: 50 (fail). 2026-01: 60 × 3000 / 30000 = 6; 40 − 45 → 0; total 6 → fail again: streak of 2.
        let r = try #require(results.result(employee: e3, month: Month(year: 2026, month: 1)!))
        #expect(r.score == DecimalNumber(6))
        #expect(r.streaks == ["fail-2"])
        #expect(r.alerts.contains { $0.kind == .streak && $0.message == "连续两个月不合格" })
    }

    @Test("a person under one month in post is not assessed, not scored 0")
    func notAssessed() throws {
        let feb = "employee,sales,complaints\nE001,1000,0\nE003,1000,0\n"
        let employees = Fixtures.employees + "\nE006,赵六,cs,cs-agent,E001,2026-02-10,trial,,,5000,"
        let (content, results) = try evaluate([
            "policies/cs.md": Self.policy(Self.cardRules), "employees.csv": employees,
            "data/2026-02/cs.csv": feb + "E006,20000,0\n",
        ])
        let e6 = try #require(content.organisation.employeeIndex["E006"])
        let r = try #require(results.result(employee: e6, month: Month(year: 2026, month: 2)!))
        #expect(r.assessment == .notAssessed(reason: "在岗不满一个月"))
        #expect(r.score == nil)
    }

    @Test("a missing measure makes the month missing data with an alert naming it")
    func missingData() throws {
        let data = "employee,sales,complaints\nE001,30000,\nE003,12500,1\n"
        let (content, results) = try evaluate(["policies/cs.md": Self.policy(Self.cardRules), "data/2025-12/cs.csv": data])
        let e1 = try #require(content.organisation.employeeIndex["E001"])
        let r = try #require(results.result(employee: e1, month: Month(year: 2025, month: 12)!))
        #expect(r.assessment == .missingData(names: ["complaints"]))
        #expect(r.alerts.contains { $0.kind == .missingData && $0.message == "complaints" })
    }

    @Test("points that do not add up to the total are an error at the items")
    func pointsSum() {
        let rules = Self.cardRules.replacingOccurrences(of: "points: 40", with: "points: 45")
        let errors = compileErrors(rules)
        #expect(errors.count == 1)
        #expect(errors.first?.message == "the items' points add up to 105, not the total 100")
        #expect(errors.first?.location.file == "policies/cs.md")
        #expect(errors.first?.location.line == 15)
    }

    @Test("weights that do not add up to 100% are an error")
    func weightSum() {
        let rules = """
            scorecard:
              name: 部门
              scoring: weighted
              items:
                - {id: a, name: A, weight: 60%, formula: sales}
                - {id: b, name: B, weight: 30%, formula: complaints}
            """
        let errors = compileErrors(rules)
        #expect(errors.map(\.message) == ["the items' weights add up to 90%, not 100%"])
    }

    @Test("a formula error points at the policy line and column with a caret")
    func formulaError() {
        let rules = Self.cardRules.replacingOccurrences(of: "formula: 60 * sales / 30000", with: "formula: 60 * salse / 30000")
        let errors = compileErrors(rules)
        #expect(errors.count == 1)
        let e = errors.first
        // Line 15 of the file: "      - {id: sales, name: 销售, points: 60, formula: 60 * salse / 30000, cap: 70}";
        // the unknown name starts at column 57 (销售 counts as two characters).
        #expect(e?.location.line == 15)
        #expect(e?.location.column == 57)
        #expect(e?.message.contains("salse") == true)
        #expect(e?.excerpt?.contains("^") == true)
    }

    @Test("a circular reference is an error naming the cycle")
    func circular() {
        let rules = """
            variables:
              a: b + 1
              b: a * 2
            pay:
              - {id: x, name: X, formula: a}
            """
        let errors = compileErrors(rules)
        #expect(errors.map(\.message) == ["circular reference: a → b → a"])
    }

    @Test("two scorecards for the same people are an error naming both files")
    func overlap() {
        let rules = Self.cardRules
        let outcome = Checker.check(
            fileSystem: Fixtures.files([
                "policies/cs.md": Self.policy(rules),
                "policies/cs2.md": Self.policy(rules, title: "第二个"),
            ]))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.message.hasPrefix("two scorecards apply to the same people: policies/cs.md and policies/cs2.md") })
        #expect(errors.contains { $0.message.hasPrefix("two pay plans apply") })
    }

    @Test("an unknown rules key and a wrong type are reported where they are")
    func ruleKeys() {
        let errors = compileErrors("scorcard: {}\nstreaks: 3\n")
        #expect(
            errors.contains {
                $0.message == "unknown key \"scorcard\" in rules" && $0.location.line == 5
                    && $0.fix?.hasPrefix("did you mean \"scorecard\"?") == true
            })
        #expect(errors.contains { $0.message == "streaks must be a list" && $0.location.line == 6 })
    }
}
