import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// An attribute column whose cells are all empty is still a name formulas can use.
@Suite("Example company: an all-empty attribute column")
struct ExampleBlankColumnTests {
    @Test("blank every badge_level cell: check passes and IFBLANK(badge_level, 0) starts everyone at 试用")
    func blankBadgeLevel() throws {
        var files = try ExamplePayTimingTests.exampleFiles()
        let text = try #require(String(data: files.files["employees.csv"] ?? Data(), encoding: .utf8))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasSuffix(",badge_level"))  // the last column
        for i in lines.indices.dropFirst() where !lines[i].isEmpty {
            lines[i] = String(lines[i][...lines[i].lastIndex(of: ",")!])
        }
        files.files["employees.csv"] = Data(lines.joined(separator: "\n").utf8)
        let outcome = Checker.check(fileSystem: files)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        // The value is simply missing: cs-badges.md starts everyone at IFBLANK(badge_level, 0) = 0.
        let (content, results) = try ExamplePayTimingTests.evaluate(files)
        let e = try #require(content.organisation.employeeIndex["E0107"])
        #expect(content.organisation.employees[e].attributes["badge_level"] == nil)
        #expect(content.organisation.attributeNames.contains("badge_level"))
        let first = try #require(results.results(ofEmployee: e).first)
        #expect(first.level == 0)
    }
}
