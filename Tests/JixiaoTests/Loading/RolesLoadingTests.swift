import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

@Suite("Roles declaration (roles.csv)")
struct RolesLoadingTests {
    static let roles = """
        id,name,name_en
        cs-lead,客服组长,Customer Service Team Lead
        cs-agent,客服专员,Customer Service Agent
        logistics-lead,仓储主管,Warehouse Supervisor
        warehouse,仓储员,Warehouse Operative
        """

    @Test("declared roles load with both names, in file order")
    func declared() throws {
        let outcome = Fixtures.load(["roles.csv": Self.roles])
        #expect(!outcome.hasErrors, "\(outcome.diagnostics)")
        let organisation = try #require(outcome.content?.organisation)
        #expect(organisation.roles.map(\.id) == ["cs-lead", "cs-agent", "logistics-lead", "warehouse"])
        #expect(organisation.role(id: "cs-lead")?.name == "客服组长")
        #expect(organisation.role(id: "cs-lead")?.nameEN == "Customer Service Team Lead")
        #expect(organisation.role(id: "cs-lead")?.location == SourceLocation(file: "roles.csv", line: 2))
    }

    @Test("without roles.csv nothing is checked and no role is declared")
    func absent() throws {
        let outcome = Fixtures.load()
        #expect(!outcome.hasErrors)
        #expect(try #require(outcome.content).organisation.roles.isEmpty)
    }

    @Test("a role used in employees.csv but not declared is an error at the cell, with a did-you-mean")
    func undeclaredEmployeeRole() {
        let employees = Fixtures.employees.replacingOccurrences(of: "E003,张伟,cs,cs-agent,", with: "E003,张伟,cs,cs-agnet,")
        let errors = Fixtures.errors(["roles.csv": Self.roles, "employees.csv": employees])
        #expect(errors.count == 1)
        // Line 4 is E003's row; "E003,张伟,cs," is 11 characters, so the role cell starts at column 12.
        #expect(errors.first?.location == SourceLocation(file: "employees.csv", line: 4, column: 12))
        #expect(errors.first?.message == "role \"cs-agnet\" is not declared in roles.csv")
        #expect(errors.first?.fix == "did you mean cs-agent?")
    }

    @Test("a role in transfers.csv that is not declared is an error; with no close id the fix says how to declare it")
    func undeclaredTransferRole() {
        let transfers = "employee,month,from,from_role,department,role\nE003,2026-01,logistics,warehouse,cs,customer-care\n"
        let errors = Fixtures.errors(["roles.csv": Self.roles, "transfers.csv": transfers])
        let e = errors.first { $0.message.contains("customer-care") }
        // "E003,2026-01,logistics,warehouse,cs," is 36 characters: the role cell is column 37 of line 2.
        #expect(e?.location == SourceLocation(file: "transfers.csv", line: 2, column: 37))
        #expect(e?.fix == "add a line for customer-care to roles.csv (id,name,name_en) or use a declared role")
    }

    @Test("a duplicate or invalid role id in roles.csv is an error at its cell")
    func badDeclarations() {
        let errors = Fixtures.errors(["roles.csv": Self.roles + "\ncs-lead,组长,Lead\n客服,客服,Agent"])
        #expect(errors.map(\.message).contains("duplicate role id \"cs-lead\" (first on line 2)"))
        #expect(errors.map(\.location).contains(SourceLocation(file: "roles.csv", line: 6, column: 1)))
        #expect(errors.map(\.message).contains("role id \"客服\" is not a valid id"))
        #expect(errors.map(\.location).contains(SourceLocation(file: "roles.csv", line: 7, column: 1)))
    }
}
