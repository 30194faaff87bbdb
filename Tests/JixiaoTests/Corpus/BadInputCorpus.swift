import Foundation
@testable import JixiaoCore

/// The project's own bad-input corpus (issue 12): each case is one small change to a valid
/// company — the test fixture company plus a policy with rules — and its expected diagnostics.
enum BadInputCorpus {
    /// A policy with a scorecard, grade bands, a rate table, eligibility, a streak, pay and
    /// a later version: the rules engine tests' policy (its rules start on line 5).
    static let rules = RulesEngineTests.policy(RulesEngineTests.cardRules)

    /// The valid company every case changes.
    static func base() -> MemoryFileSystem {
        var files = Fixtures.files().files
        files["policies/rules.md"] = Data(rules.utf8)
        return MemoryFileSystem(data: files)
    }

    /// Every case.
    static var all: [BadInputCase] { csvCases + organisationCases + monthlyCases + completenessCases + yamlCases + policyCases + ruleCases }

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

    /// `changes` with site.yaml declaring `data_files:` (its indented lines given).
    static func declaring(_ dataFiles: String, _ changes: [String: String?] = [:]) -> [String: String?] {
        changes.merging(["site.yaml": Fixtures.site + "\ndata_files:\n" + dataFiles]) { _, site in site }
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
