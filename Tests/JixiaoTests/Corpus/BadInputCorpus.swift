import Foundation
@testable import JixiaoCore

/// The project's own bad-input corpus (issue 12): each case is one small change to a valid
/// company — the test fixture company plus a policy with rules — and its expected diagnostics.
enum BadInputCorpus {
    /// A policy with a scorecard, grade bands, a rate table, eligibility, a streak and pay.
    static let rules = """
    ---
    title: 测试规则
    effective: 2025-12
    rules:
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
    ---
    正文见 [客服考核](cs.md)。
    """

    /// The valid company every case changes.
    static func base() -> MemoryFileSystem {
        var files = Fixtures.files().files
        files["policies/rules.md"] = Data(rules.utf8)
        return MemoryFileSystem(data: files)
    }

    /// Every case.
    static var all: [BadInputCase] { csvCases + organisationCases + monthlyCases + yamlCases + policyCases + ruleCases }

    /// The employees file with one piece of text replaced.
    static func employees(_ old: String, _ new: String) -> [String: String?] {
        ["employees.csv": Fixtures.employees.replacingOccurrences(of: old, with: new)]
    }

    /// The departments file with one piece of text replaced.
    static func departments(_ old: String, _ new: String) -> [String: String?] {
        ["departments.csv": Fixtures.departments.replacingOccurrences(of: old, with: new)]
    }

    /// The rules policy with one piece of text replaced.
    static func rules(_ old: String, _ new: String) -> [String: String?] {
        precondition(rules.contains(old), "the corpus rules do not contain \(old)")
        return ["policies/rules.md": rules.replacingOccurrences(of: old, with: new)]
    }

    /// The site settings with one piece of text replaced.
    static func site(_ old: String, _ new: String) -> [String: String?] {
        ["site.yaml": Fixtures.site.replacingOccurrences(of: old, with: new)]
    }

    /// The fixture policy with one piece of text replaced.
    static func policy(_ old: String, _ new: String) -> [String: String?] {
        ["policies/cs.md": Fixtures.policy.replacingOccurrences(of: old, with: new)]
    }

    /// Text as UTF-16 with or without a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool = false, bom: Bool = true) -> Data {
        var data = Data()
        if bom { data.append(contentsOf: bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) }
        for unit in text.utf16 {
            let bytes = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bigEndian ? bytes.reversed() : bytes)
        }
        return data
    }
}
