import Foundation
import Testing

@testable import JixiaoCore
@testable import JixiaoRules

/// Dated attributes (issue 13): `pay-changes.csv` gives past months the values of their time.
/// Expected values are worked by hand from employees.csv, pay-changes.csv and ops-pay.md.
@Suite("Example company: pay changes over time")
struct ExamplePayChangeTests {
    typealias Example = ExamplePayTimingTests

    @Test("a raise from April: earlier months pay the old base salary and the performance pay on it")
    func raise() throws {
        let loaded = try Example.evaluate(Example.exampleFiles())
        // E0304: base 4,200 until March 2026, 4,500 from April (employees.csv holds 4,500).
        #expect(try Example.pay(loaded, "E0304", "2026-03", "base") == 4200)
        #expect(try Example.pay(loaded, "E0304", "2026-04", "base") == 4500)
        // Performance pay = base × 20% × score / 100: December 2025 scored 86.973 →
        // 4,200 × 0.2 × 0.86973 = 730.5732 → 730.57 (it was 782.76 on 4,500).
        #expect(try Example.pay(loaded, "E0304", "2025-12", "performance") == DecimalNumber(parsing: "730.57"))
    }

    @Test("a transfer keeps the old department's position pay for the months before it")
    func transfer() throws {
        let loaded = try Example.evaluate(Example.exampleFiles())
        // E0310 moved from operations (position pay 800) to customer service (2,800) in June 2026.
        #expect(try Example.pay(loaded, "E0310", "2026-05", "position") == 800)
        #expect(try Example.pay(loaded, "E0310", "2026-06", "position") == 2800)
        #expect(try Example.pay(loaded, "E0310", "2025-12", "position") == 800)
    }

    @Test("without pay-changes.csv every month uses today's values")
    func withoutChanges() throws {
        var files = try Example.exampleFiles()
        files.files["pay-changes.csv"] = nil
        let loaded = try Example.evaluate(files)
        #expect(try Example.pay(loaded, "E0304", "2026-03", "base") == 4500)
        #expect(try Example.pay(loaded, "E0310", "2026-05", "position") == 2800)
    }

    @Test("wrong rows are errors at the cell, with did-you-mean and the values that disagree")
    func errors() {
        let header = "employee,month,attribute,from,to,reason\n"
        func messages(_ rows: String) -> [String] {
            Fixtures.errors(["pay-changes.csv": header + rows]).map { "\($0.location): \($0.message) — \($0.fix ?? "")" }
        }
        #expect(messages("E009,2026-01,base_salary,8000,9000,\n") == [
            "pay-changes.csv:2:1: unknown employee \"E009\" in a pay change — did you mean E001?"
        ])
        #expect(messages("E001,2026-13,base_salary,8000,9000,\n") == [
            "pay-changes.csv:2:6: \"2026-13\" is not a month — write the first month with the new value as YYYY-MM"
        ])
        #expect(messages("E001,2026-01,position_pey,1000,1500,\n") == [
            "pay-changes.csv:2:14: \"position_pey\" is not a numeric column of employees.csv — did you mean position_pay?"
        ])
        #expect(messages("E001,2026-01,base_salary,lots,9000,\n") == [
            "pay-changes.csv:2:26: \"lots\" in column from is not a number — write the value before the change as a number, e.g. 2800, or leave it empty"
        ])
        #expect(messages("E001,2026-01,base_salary,8000,8500,\n") == [
            "pay-changes.csv:2: the last change of base_salary of E001 sets it to 8500, but employees.csv says 9000 — employees.csv holds today's value; make them agree"
        ])
        #expect(messages("E001,2025-12,base_salary,7000,8000,\nE001,2026-01,base_salary,8500,9000,\n") == [
            "pay-changes.csv:3: base_salary of E001 changes in 2026-01 from 8500, but the change in 2025-12 set it to 8000 — make the from column match the previous change's to"
        ])
    }

    @Test("a pay change of a formula's attribute changes only the months before it")
    func onlyEarlierMonths() throws {
        let content = try #require(Fixtures.load(["pay-changes.csv": "employee,month,attribute,from,to\nE003,2026-01,position_pay,500,800\n"]).content)
        let e = try #require(content.organisation.employeeIndex["E003"])
        let organisation = content.organisation
        let current = organisation.employees[e].attributes["position_pay"]
        #expect(organisation.attribute("position_pay", ofEmployee: e, in: Month(year: 2025, month: 12)!, current: current) == 500)
        #expect(organisation.attribute("position_pay", ofEmployee: e, in: Month(year: 2026, month: 1)!, current: current) == 800)
        #expect(organisation.attribute("base_salary", ofEmployee: e, in: Month(year: 2025, month: 12)!, current: 6000) == 6000)
    }
}
