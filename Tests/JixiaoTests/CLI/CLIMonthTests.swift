import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// `--month YYYY-MM` on `check`, `results` and `build`: the content as it stood then.
@Suite("CLI: --month")
struct CLIMonthTests {
    static func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: run.output) as? [String: Any])
    }

    /// Entries of `key` (an array of objects) whose `field` is `value`, as comparable JSON objects.
    static func entries(_ json: [String: Any], _ key: String, where field: String, is value: String) -> [NSDictionary] {
        ((json[key] as? [[String: Any]]) ?? []).filter { $0[field] as? String == value }.map { $0 as NSDictionary }
    }

    /// JSON without what depends on the day the data stands on: the person-months' `calendar`
    /// and the departments' `alerts` counts (late and missing stages are alerts).
    static func withoutCalendar(_ value: Any) -> NSObject {
        if let object = value as? [String: Any] {
            var copy: [String: Any] = [:]
            for (key, v) in object where key != "calendar" && key != "alerts" { copy[key] = withoutCalendar(v) }
            return copy as NSDictionary
        }
        if let list = value as? [Any] { return list.map { withoutCalendar($0) } as NSArray }
        return (value as? NSObject) ?? NSNull()
    }

    /// Each person's month `month`, by person id.
    static func personMonths(_ json: [String: Any], _ month: String) -> [String: NSDictionary] {
        var byPerson: [String: NSDictionary] = [:]
        for person in (json["people"] as? [[String: Any]]) ?? [] {
            guard let id = person["id"] as? String, let months = person["months"] as? [[String: Any]] else { continue }
            if let entry = months.first(where: { $0["month"] as? String == month }) { byPerson[id] = entry as NSDictionary }
        }
        return byPerson
    }

    @Test("results --month 2026-10 has no 2026-11 figures and the full run's October figures")
    func resultsOctober() throws {
        let full = try CLIRunner.run(["results", "content"])
        let october = try CLIRunner.run(["results", "content", "--month", "2026-10"])
        #expect(full.status == 0 && october.status == 0)
        #expect(full.text.contains("\"2026-11\""))
        // No November month; November appears only as the due days of October's stages ("2026-11-05").
        #expect(!october.text.contains("\"2026-11\""))
        #expect(!october.text.replacingOccurrences(of: "\"due\":\"2026-11-", with: "").contains("2026-11"))
        let a = try Self.json(full), b = try Self.json(october)
        #expect(b["current_month"] as? String == "2026-10")
        #expect((b["months"] as? [String])?.last == "2026-10")
        let fullOctober = Self.personMonths(a, "2026-10")
        #expect(fullOctober.count == 75)
        // The assessment calendar is the one thing that differs, on purpose: on 31 October,
        // October's stages were not yet due (issue 13); every other October figure is the same.
        #expect(Self.withoutCalendar(Self.personMonths(b, "2026-10")) == Self.withoutCalendar(fullOctober))
        #expect(Self.personMonths(b, "2026-10").values.allSatisfy { month in
            ((month["calendar"] as? [[String: Any]]) ?? []).allSatisfy { $0["state"] as? String == "pending" }
        })
        #expect(
            Self.withoutCalendar(Self.entries(b, "periods", where: "id", is: "2026-10"))
                == Self.withoutCalendar(Self.entries(a, "periods", where: "id", is: "2026-10")))
        #expect(
            Self.entries(b, "departments", where: "month", is: "2026-10") == Self.entries(a, "departments", where: "month", is: "2026-10"))
        #expect(!Self.entries(b, "periods", where: "id", is: "2026-10").isEmpty)
    }

    @Test("a month without data: exit 1 with the message", arguments: ["check", "results", "build"])
    func monthWithoutData(_ command: String) throws {
        let scratch = try CLIRunner.scratch("month")
        defer { TestFiles.remove(scratch) }
        let arguments = [command, "content", "--month", "2027-01"] + (command == "build" ? ["-o", scratch + "/site"] : [])
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 1)
        let message = command == "check" ? run.text : run.errors
        #expect(
            message.contains("data/2027-01: error: there is no data for 2027-01 — fix: choose a month that has a data folder, e.g. 2026-11")
        )
        #expect(!FileManager.default.fileExists(atPath: scratch + "/site"))
    }

    @Test("check --month 2026-10 passes on the example")
    func checkOctober() throws {
        let run = try CLIRunner.run(["check", "content", "--month", "2026-10"])
        #expect(run.status == 0)
        #expect(run.errors == "jixiao check: 0 error(s), 0 warning(s) in content\n")
    }

    @Test("Checker with a month cuts the content off there")
    func checkerCutsOff() throws {
        let december = Checker.check(fileSystem: Fixtures.files(), month: try #require(Month(parsing: "2025-12")))
        #expect(!december.hasErrors)
        let content = try #require(december.content)
        #expect(content.months.map(\.month.description) == ["2025-12"])
        #expect(content.currentMonth?.description == "2025-12")
        let missing = Checker.check(fileSystem: Fixtures.files(), month: try #require(Month(parsing: "2026-05")))
        #expect(missing.content == nil)
        #expect(
            missing.diagnostics.map(\.description) == [
                "data/2026-05: error: there is no data for 2026-05 — fix: choose a month that has a data folder, e.g. 2026-01"
            ])
    }
}
