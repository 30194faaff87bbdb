import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// English twins of the display texts in rules (`message_en`, `reason_en`, `name_en`,
/// `alert_en`, `note_en`, `changes_en`, item `measure_en`…): loaded beside their texts, with
/// an error for a twin that is not text, empty or without its text, and a `check` warning for
/// texts left without English when the site declares English.
@Suite("Rules: English twins of display texts")
struct EnglishTwinTests {
    static let twinRules = """
        applies_to: {departments: [cs]}
        scorecard:
          name: 客服考核
          name_en: CS scorecard
          items:
            - {id: sales, name: 销售, name_en: Sales, points: 60, formula: 60 * sales / 30000, cap: 70, measure: 销售额, measure_en: Sales amount, source: 后台, source_en: Back office}
            - {id: service, name: 服务, points: 40, formula: 40 - 15 * complaints, floor: 0}
          grades:
            - {id: pass, name: 合格, name_en: Pass, min: 60, coefficient: 1.0}
            - {id: fail, name: 不合格, name_en: Fail, min: 0, coefficient: 0}
        eligibility:
          - {reason: 在岗不满一个月, reason_en: Under a month in post, when: tenure_months < 1}
        streaks:
          - {id: fail-2, name: 连续两个月不合格, name_en: Failed twice running, grades: [fail], months: 2, alert: 连续两个月不合格, alert_en: Failed two months running}
        alerts:
          - {id: many, when: complaints >= 2, severity: critical, message: 投诉过多, message_en: Too many complaints}
        ladder:
          name: 等级
          name_en: Badge
          levels:
            - {id: l0, name: 新人, name_en: Newcomer}
            - id: l1
              name: 熟手
              name_en: Skilled
              requires:
                - {name: 入职满 2 个月, name_en: 2 months in the company, when: tenure_months >= 2}
        pay:
          - {id: bonus, name: 奖金, name_en: Bonus, formula: 1000 * coefficient, note: 按系数, note_en: By coefficient}
        versions:
          - effective: 2026-01
            changes: 奖金基数改为 2000
            changes_en: Bonus base raised to 2000
            pay:
              - {id: bonus, name: 奖金, name_en: Bonus, formula: 2000 * coefficient}
        """

    func versions(_ rules: String, site: String? = nil) throws -> [CompiledVersion] {
        var files: [String: String?] = ["policies/cs.md": RulesEngineTests.policy(rules)]
        if let site { files["site.yaml"] = site }
        let outcome = Fixtures.load(files)
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        return try RulesEngine(content: content).evaluate().versions
    }

    @Test("every twin is loaded beside its text, and a version's changes_en beside its changes")
    func loads() throws {
        let all = try versions(Self.twinRules)
        let first = try #require(all.first), second = try #require(all.last)
        let rules = first.rules
        #expect(rules.scorecard?.nameEN == "CS scorecard")
        #expect(rules.scorecard?.items.first?.english == ["measure": "Sales amount", "source": "Back office"])
        #expect(rules.scorecard?.items.last?.english == [:])
        #expect(rules.eligibility.first?.reasonEN == "Under a month in post")
        #expect(rules.streaks.first?.nameEN == "Failed twice running" && rules.streaks.first?.alertEN == "Failed two months running")
        #expect(rules.alerts.first?.messageEN == "Too many complaints")
        #expect(rules.ladder?.nameEN == "Badge" && rules.ladder?.levels.last?.requirements.first?.nameEN == "2 months in the company")
        #expect(rules.pay.first?.noteEN == "By coefficient")
        #expect(first.changesEN == nil && second.changes == "奖金基数改为 2000" && second.changesEN == "Bonus base raised to 2000")
        let twins = rules.englishTwins
        #expect(twins["投诉过多"] == "Too many complaints")
        #expect(twins["连续两个月不合格"] == "Failed twice running")  // the streak's name comes first, then its alert (same text)
        #expect(twins["入职满 2 个月"] == "2 months in the company" && twins["服务"] == nil)
    }

    @Test("a twin that is not text, is empty or has no text beside it is an error at the twin")
    func diagnostics() throws {
        let engine = RulesEngineTests()
        let notText = Self.twinRules.replacingOccurrences(of: "message_en: Too many complaints", with: "message_en: [a, b]")
        #expect(engine.compileErrors(notText).contains { $0.message.contains("message_en") })
        let empty = Self.twinRules.replacingOccurrences(of: "reason_en: Under a month in post", with: "reason_en: \" \"")
        #expect(engine.compileErrors(empty).map(\.message).contains("reason_en is empty"))
        let alone = Self.twinRules.replacingOccurrences(of: "alert: 连续两个月不合格, ", with: "")
        let errors = engine.compileErrors(alone)
        #expect(errors.map(\.message).contains("alert_en gives the English of alert, but there is no alert"))
        #expect(errors.first { $0.message.hasPrefix("alert_en") }?.location.line == 18)
        let unknown = Self.twinRules.replacingOccurrences(of: "message_en:", with: "mesage_en:")
        #expect(!engine.compileErrors(unknown).isEmpty)
    }

    @Test("check warns about texts without English only when site.yaml declares an English site")
    func checkWarnings() throws {
        let stripped = Self.twinRules.replacingOccurrences(of: ", message_en: Too many complaints", with: "")
            .replacingOccurrences(of: "    changes_en: Bonus base raised to 2000\n", with: "")
        func warnings(_ site: String) -> [String] {
            Checker.check(fileSystem: Fixtures.files(["policies/cs.md": RulesEngineTests.policy(stripped), "site.yaml": site]))
                .diagnostics.filter { $0.severity == .warning }.map(\.message).filter { $0.contains("English") }
        }
        #expect(warnings(Fixtures.site).isEmpty)
        let english = warnings(Fixtures.site + "\ntitle_en: Test Performance")
        #expect(
            english.contains(
                "cs.md has no English for: title, item service name, alert many message, changes of 2026-01 — they stay Chinese on the English site"
            ), "\(english)")
        #expect(english.contains { $0.hasPrefix("department cs (") })
    }
}
