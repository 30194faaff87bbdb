import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// Forced distribution with a small-group rule and a department-tree scope, on a fixture with
/// two teams under 客服部: cs-a (E011, E012, E013) and cs-b (E014, E015, E016), E001 in cs itself.
/// RulesEngineTests.cardRules: sales 30000 → 60 + 40 = 100 优秀; sales 15000 → 30 + 40 = 70 合格.
@Suite("Rules: forced distribution details")
struct DistributionRuleTests {
    static let departments = "id,name,parent,head\ncs,客服部,,E001\ncs-a,客服一组,cs,\ncs-b,客服二组,cs,\nlogistics,物流部,,E002\n"
    static let employees =
        Fixtures.employees + """

            E011,甲,cs-a,cs-agent,E001,2024-01-01,regular,,,6000,800
            E012,乙,cs-a,cs-agent,E001,2024-01-01,regular,,,6000,800
            E013,丙,cs-a,cs-agent,E001,2024-01-01,regular,,,6000,800
            E014,丁,cs-b,cs-agent,E001,2024-01-01,regular,,,6000,800
            E015,戊,cs-b,cs-agent,E001,2024-01-01,regular,,,6000,800
            E016,己,cs-b,cs-agent,E001,2024-01-01,regular,,,6000,800
            """
    /// 优秀: E011, E012 (cs-a) and E014 (cs-b); everyone else 合格.
    static let december =
        "employee,sales,complaints\nE001,15000,0\nE011,30000,0\nE012,30000,0\nE013,15000,0\nE014,30000,0\nE015,15000,0\nE016,15000,0\n"

    /// The distribution alerts (department: message) for a `distribution:` value.
    func alerts(_ distribution: String) throws -> [String] {
        #expect(RulesEngineTests.cardRules.contains("  grades:\n"))
        let rules = RulesEngineTests.cardRules.replacingOccurrences(of: "  grades:\n", with: "  distribution: \(distribution)\n  grades:\n")
        let outcome = Fixtures.load([
            "policies/cs.md": RulesEngineTests.policy(rules), "departments.csv": Self.departments,
            "employees.csv": Self.employees, "data/2025-12/cs.csv": Self.december, "data/2026-01/cs.csv": nil,
        ])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        let results = try RulesEngine(content: content).evaluate()
        return results.alerts.filter { $0.kind == .distribution }.map { "\($0.department): \($0.message)" }
    }

    @Test("per department, share only: cs-a 2/3 and cs-b 1/3 are both over 20 %")
    func shareOnly() throws {
        #expect(
            try alerts("{grades: [excellent], max_share: 20%}")
                == ["cs-a: 2/3 (66.7%) in top grades, limit 20%", "cs-b: 1/3 (33.3%) in top grades, limit 20%"])
    }

    @Test("small group: under 5 people at most 1 优秀 — cs-a (2 of 3) breaks it, cs-b (1 of 3) does not")
    func smallGroup() throws {
        #expect(
            try alerts("{grades: [excellent], max_share: 20%, small_group: {under: 5, max: 1}}")
                == ["cs-a: 2/3 in top grades, limit 1 in a group under 5 people"])
    }

    @Test("department tree: cs counts its teams, 3 of 7 = 42.9 % > 20 %; the teams are still checked")
    func departmentTree() throws {
        #expect(
            try alerts("{grades: [excellent], max_share: 20%, small_group: {under: 5, max: 1}, scope: department_tree}")
                == ["cs: 3/7 (42.9%) in top grades, limit 20%", "cs-a: 2/3 in top grades, limit 1 in a group under 5 people"])
    }

    @Test("a wrong scope or small group is reported")
    func invalid() {
        let bad = RulesEngineTests.cardRules.replacingOccurrences(
            of: "  grades:\n",
            with: "  distribution: {grades: [excellent], max_share: 20%, scope: company, small_group: {under: 5}}\n  grades:\n")
        let messages = RulesEngineTests().compileErrors(bad).map(\.message)
        #expect(messages.contains("distribution scope must be department or department_tree"))
        #expect(messages.contains("max is missing"))
    }
}
