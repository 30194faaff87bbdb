import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// Compiled versions: built complete (until, changes) and found by policy and month.
@Suite("Compiled version lookup")
struct VersionLookupTests {
    @Test("the version in force per month; until and changes set when compiled")
    func lookup() throws {
        let outcome = Fixtures.load(["policies/cs.md": RulesEngineTests.policy(RulesEngineTests.cardRules)])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        let (versions, diagnostics) = RulesEngine(content: content).compile()
        #expect(diagnostics.isEmpty)
        let p = try #require(content.policies.firstIndex { $0.file == "policies/cs.md" })
        let dec = Month(year: 2025, month: 12)!, jan = Month(year: 2026, month: 1)!
        let mine = versions.filter { $0.policyIndex == p }
        #expect(mine.map(\.effective) == [dec, jan])
        #expect(mine.map(\.until) == [jan, nil])
        #expect(mine.map(\.changes) == [nil, "奖金基数改为 2000"])

        #expect(versions.version(policy: p, month: dec)?.effective == dec)
        #expect(versions.version(policy: p, month: jan)?.effective == jan)
        #expect(versions.version(policy: p, month: Month(year: 2027, month: 6)!)?.effective == jan)
        #expect(versions.version(policy: p, month: Month(year: 2025, month: 11)!) == nil)  // before the policy
        #expect(versions.version(policy: content.policies.count, month: jan) == nil)  // no such policy
    }

    @Test("run() collects scope conflicts without results; evaluate() throws the same diagnostics")
    func conflicts() throws {
        let second = RulesEngineTests.policy(RulesEngineTests.cardRules, title: "重复的考核")
        let outcome = Fixtures.load(["policies/cs.md": RulesEngineTests.policy(RulesEngineTests.cardRules), "policies/cs2.md": second])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        let engine = RulesEngine(content: content)
        let run = engine.run()
        #expect(run.results == nil)
        #expect(run.diagnostics.contains { $0.message.hasPrefix("two scorecards apply to the same people") })
        let error = try #require(throws: DiagnosticError.self) { try engine.evaluate() }
        #expect(error.diagnostics.map(\.message) == run.diagnostics.map(\.message))
    }
}
