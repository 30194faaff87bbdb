import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Content loading")
struct ContentLoaderTests {
    @Test("the fixture company loads without errors")
    func validCompany() throws {
        let outcome = Fixtures.load()
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty, "\(outcome.diagnostics)")
        let content = try #require(outcome.content)
        #expect(content.organisation.employees.map(\.id) == ["E001", "E002", "E003", "E004", "E005"])
        #expect(content.months.map(\.month.description) == ["2025-12", "2026-01"])
        let sales = try #require(content.measures.index(of: "sales"))
        let e3 = try #require(content.organisation.employeeIndex["E003"])
        #expect(content.months[0].value(employee: e3, measure: sales) == DecimalNumber(12500))
        #expect(content.policies.first?.title == "客服考核")
        #expect(content.policies.first?.bodyFirstLine == 9)
    }

    @Test("missing required column")
    func missingColumn() {
        let errors = Fixtures.errors(["employees.csv": "id,name,department,role,status\nE001,王芳,cs,cs-lead,regular\n"])
        #expect(
            errors.contains {
                $0.location.file == "employees.csv" && $0.location.line == 1 && $0.message == "missing required column \"hire_date\""
            })
    }

    @Test("duplicate employee id names both lines")
    func duplicateEmployee() {
        let errors = Fixtures.errors(["employees.csv": Fixtures.employees + "\nE003,张伟二,cs,cs-agent,E001,2025-03-15,regular,,,6000,800"])
        let e = errors.first { $0.message.hasPrefix("duplicate employee id") }
        #expect(e?.location == SourceLocation(file: "employees.csv", line: 7, column: 1))
        #expect(e?.message == "duplicate employee id \"E003\" (first on line 4)")
    }

    @Test("unknown department referenced by an employee, with a suggestion")
    func unknownDepartment() {
        let errors = Fixtures.errors(["employees.csv": Fixtures.employees.replacingOccurrences(of: "E003,张伟,cs,", with: "E003,张伟,cx,")])
        let e = errors.first { $0.message.contains("unknown department") }
        #expect(e?.location == SourceLocation(file: "employees.csv", line: 4, column: 9))
        #expect(e?.fix == "did you mean cs?")
    }

    @Test("unknown employee in monthly data")
    func unknownEmployee() {
        let errors = Fixtures.errors(["data/2025-12/cs.csv": "employee,sales\nE001,1\nE999,2\n"])
        #expect(errors.map(\.location) == [SourceLocation(file: "data/2025-12/cs.csv", line: 3, column: 1)])
        #expect(errors.first?.message == "unknown employee \"E999\"")
    }

    @Test("non-numeric value in a numeric column points at the cell")
    func nonNumeric() {
        let errors = Fixtures.errors(["data/2025-12/cs.csv": "employee,sales,complaints\nE001,30000,0\nE003,一万二,1\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "data/2025-12/cs.csv", line: 3, column: 6))
        #expect(errors.first?.message == "\"一万二\" in column sales is not a number")
    }

    @Test("impossible date")
    func impossibleDate() {
        let errors = Fixtures.errors(["employees.csv": Fixtures.employees.replacingOccurrences(of: "2026-01-05", with: "2026-02-30")])
        let e = errors.first { $0.message.contains("not a real date") }
        #expect(e?.location == SourceLocation(file: "employees.csv", line: 5, column: 34))
        // February 2026 has 28 days (2026 is not divisible by 4).
        #expect(e?.message == "hire date \"2026-02-30\" is not a real date: day 30 does not exist in 2026-02, which has 28 days")
    }

    @Test("data before the hire date and after leaving")
    func outsideEmployment() {
        let before = Fixtures.errors(["data/2025-12/cs.csv": "employee,sales\nE004,1\n"])
        #expect(before.first?.message == "data for E004 in 2025-12, before their hire date 2026-01-05")
        #expect(before.first?.location.line == 2)
        let after = Fixtures.errors(["data/2026-02/cs.csv": "employee,sales\nE001,1\nE005,2\n"])
        #expect(after.first?.message == "data for E005 in 2026-02, after they left on 2026-01-31")
        #expect(after.first?.location.line == 3)
    }

    @Test("two files give the same measure for the same month")
    func duplicateMeasure() {
        let errors = Fixtures.errors(["data/2025-12/more.csv": "employee,complaints\nE003,2\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "data/2025-12/more.csv", line: 2, column: 10))
        #expect(errors.first?.message == "measure \"complaints\" for E003 in 2025-12 also comes from data/2025-12/cs.csv")
    }

    @Test("unbalanced quote is reported at the opening quote, not swallowed")
    func unbalancedQuote() {
        let errors = Fixtures.errors(["data/2025-12/cs.csv": "employee,sales,complaints\nE001,30000,0\nE003,\"12,500,1\nE005,9000,0\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "data/2025-12/cs.csv", line: 3, column: 6))
        #expect(errors.first?.message.hasPrefix("unbalanced quote") == true)
    }

    @Test("wrong number of fields")
    func wrongFieldCount() {
        let errors = Fixtures.errors(["data/2025-12/cs.csv": "employee,sales,complaints\nE001,30000,0\nE003,12,500,1\n"])
        #expect(errors.first?.location == SourceLocation(file: "data/2025-12/cs.csv", line: 3))
        #expect(errors.first?.message == "this row has 4 fields but the header has 3")
        #expect(errors.first?.fix?.contains("\"12,500\"") == true)
    }

    @Test("line numbers stay right after a quoted multi-line field")
    func multiLineField() {
        let csv = "employee,note,sales\nE001,\"第一行\n第二行\n第三行\",30000\nE003,\"x\",abc\n"
        let errors = Fixtures.errors(["data/2025-12/cs.csv": csv])
        #expect(errors.map(\.location) == [SourceLocation(file: "data/2025-12/cs.csv", line: 5, column: 10)])
    }

    @Test("unknown front-matter key with a suggestion")
    func unknownFrontMatterKey() {
        let policy = Fixtures.policy.replacingOccurrences(of: "summary: 示例", with: "sumary: 示例")
        let errors = Fixtures.errors(["policies/cs.md": policy])
        #expect(errors.first?.location == SourceLocation(file: "policies/cs.md", line: 3, column: 1))
        #expect(errors.first?.message == "unknown key \"sumary\" in the front matter")
        #expect(errors.first?.fix?.hasPrefix("did you mean \"summary\"?") == true)
    }

    @Test("YAML syntax error carries the file line")
    func yamlSyntax() {
        let policy = Fixtures.policy.replacingOccurrences(of: "departments: [cs]", with: "departments: [cs")
        let errors = Fixtures.errors(["policies/cs.md": policy])
        #expect(errors.count == 1)
        #expect(errors.first?.location.file == "policies/cs.md")
        #expect(errors.first?.location.line == 5)
        #expect(errors.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test("YAML value of the wrong type is reported at the value")
    func yamlWrongType() {
        let policy = Fixtures.policy.replacingOccurrences(of: "effective: 2025-12", with: "effective: [2025, 12]")
        let errors = Fixtures.errors(["policies/cs.md": policy])
        #expect(errors.first?.location == SourceLocation(file: "policies/cs.md", line: 5, column: 12))
        #expect(errors.first?.message == "effective must be a month, but it is a list")
        let site = Fixtures.errors(["site.yaml": Fixtures.site + "\nstaff_leaderboards:\n  - yes\n"])
        #expect(site.first?.location == SourceLocation(file: "site.yaml", line: 5, column: 3))
    }

    @Test("every problem is reported, not only the first")
    func allProblems() {
        let errors = Fixtures.errors([
            "data/2025-12/cs.csv": "employee,sales\nE001,x\nE003,y\n",
            "departments.csv": Fixtures.departments + "\ncs,重复,,\n",
        ])
        #expect(errors.count == 3)
    }

    @Test("a transfer keeps past months with the old department")
    func transfer() throws {
        let outcome = Fixtures.load([
            "transfers.csv": "employee,month,from,department,role\nE003,2026-01,logistics,cs,cs-agent\n",
            "employees.csv": Fixtures.employees,
        ])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        let e3 = try #require(content.organisation.employeeIndex["E003"])
        #expect(content.organisation.department(ofEmployee: e3, in: Month(year: 2025, month: 12)!) == "logistics")
        #expect(content.organisation.department(ofEmployee: e3, in: Month(year: 2026, month: 1)!) == "cs")
    }
}
