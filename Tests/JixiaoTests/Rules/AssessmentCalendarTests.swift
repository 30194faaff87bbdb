import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// The assessment calendar (`calendar:`) judged on `assessments.csv`. Fixture: RulesEngineTests'
/// cs policy, data for 2025-12 and 2026-01, so "today" is 2026-01-31. E001 (position pay 1,500),
/// E003 and E005 (800) are assessed in both months.
@Suite("Rules: assessment calendar")
struct AssessmentCalendarTests {
    static func rules(dayOff: String = "next_working_day") -> String {
        RulesEngineTests.cardRules + """

            calendar:
              stages:
                - {id: self, name: 员工自评, due_day: 5}
                - {id: manager, name: 主管评分, due_day: 10}
                - {id: second, name: 上一级复核, due_day: 10, when: position_pay >= 1500}
              reviews:
                - {id: half_year, name: 半年度面谈, due_day: 20, months: [1, 7]}
              due_on_day_off: \(dayOff)
              holidays: [2026-01-01, 2026-01-02]
            """
    }

    static let submissions = """
        employee,month,stage,submitted,reviewer
        E003,2025-12,self,2026-01-05,E003
        E003,2025-12,manager,2026-01-12,E001
        E001,2025-12,self,2026-01-07,E001
        E001,2025-12,manager,2026-01-09,
        E003,2026-01,half_year,2026-01-15,E001
        """

    func evaluate(dayOff: String = "next_working_day") throws -> (Content, Results) {
        let outcome = Fixtures.load([
            "policies/cs.md": RulesEngineTests.policy(Self.rules(dayOff: dayOff)), "assessments.csv": Self.submissions,
        ])
        let content = try #require(outcome.content, "\(outcome.diagnostics)")
        return (content, try RulesEngine(content: content).evaluate())
    }

    func stages(_ id: String, _ month: String, in run: (Content, Results)) throws -> [String: StageStatus] {
        let e = try #require(run.0.organisation.employeeIndex[id])
        let m = try #require(Month(parsing: month))
        let r = try #require(run.1.result(employee: e, month: m))
        return Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    }

    @Test("on time, late by two days, missing once due, not yet due")
    func states() throws {
        let run = try evaluate()
        let e3 = try stages("E003", "2025-12", in: run)
        // Self due 2026-01-05 (a Monday), handed in that day: on time.
        #expect(e3["self"]?.due == Day(year: 2026, month: 1, day: 5))
        #expect(e3["self"]?.state == .onTime)
        // E003's position pay 800 < 1,500: no second-level review.
        #expect(e3["second"] == nil)
        let e1 = try stages("E001", "2025-12", in: run)
        // Self handed in 2026-01-07, due 2026-01-05: 7 − 5 = 2 days late.
        #expect(e1["self"]?.state == .late)
        #expect(e1["self"]?.daysLate == 2)
        // Second-level review (1,500 ≥ 1,500) due 2026-01-12, nothing handed in, 2026-01-12 < 2026-01-31: missing.
        #expect(e1["second"]?.state == .missing)
        // E005 handed in nothing for December: both stages missing.
        let e5 = try stages("E005", "2025-12", in: run)
        #expect(e5["self"]?.state == .missing && e5["manager"]?.state == .missing)
        // January's stages are due in February, after 2026-01-31: not yet due, no alert.
        #expect(try stages("E003", "2026-01", in: run)["self"]?.state == .pending)
        let e1Alerts = try #require(run.1.result(employee: run.0.organisation.employeeIndex["E001"]!, month: Month(year: 2025, month: 12)!))
            .alerts.filter { $0.kind == .assessmentLate || $0.kind == .assessmentMissing }.map { "\($0.kind.rawValue) \($0.rule)" }
        #expect(e1Alerts == ["assessment-late self", "assessment-missing second"])
    }

    @Test("a due date on a Saturday moves to Monday only when the calendar says so")
    func weekend() throws {
        // The manager review of December is due 2026-01-10, a Saturday.
        let moved = try stages("E003", "2025-12", in: try evaluate())["manager"]
        // next_working_day: Monday 2026-01-12; handed in 2026-01-12 → on time.
        #expect(moved?.due == Day(year: 2026, month: 1, day: 12))
        #expect(moved?.state == .onTime)
        let kept = try stages("E003", "2025-12", in: try evaluate(dayOff: "keep"))["manager"]
        // keep: due Saturday 2026-01-10; 2026-01-12 is 12 − 10 = 2 days late.
        #expect(kept?.due == Day(year: 2026, month: 1, day: 10))
        #expect(kept?.state == .late && kept?.daysLate == 2)
    }

    @Test("a half-year review not held by its due day is a critical alert")
    func halfYearReview() throws {
        let run = try evaluate()
        // Held in January, due 2026-01-20 (a Tuesday). E003 held it on 2026-01-15: on time.
        #expect(try stages("E003", "2026-01", in: run)["half_year"]?.state == .onTime)
        // E001 has no row: 2026-01-20 < 2026-01-31, missing.
        let e1 = try #require(run.0.organisation.employeeIndex["E001"])
        let r = try #require(run.1.result(employee: e1, month: Month(year: 2026, month: 1)!))
        let alert = try #require(r.alerts.first { $0.kind == .reviewMissing })
        #expect(alert.rule == "half_year" && alert.severity == .critical)
        // Not held in December (months: [1, 7]).
        #expect(try stages("E001", "2025-12", in: run)["half_year"] == nil)
    }

    @Test("working days: weekends and holidays are off, declared working weekends are on; publication")
    func workingDays() throws {
        var calendar = AssessmentCalendar(location: SourceLocation(file: "x"))
        calendar.holidays = [Day(year: 2026, month: 10, day: 1)!, Day(year: 2026, month: 10, day: 5)!]
        calendar.workingWeekends = [Day(year: 2026, month: 10, day: 10)!]
        calendar.movesDueToWorkingDay = true
        calendar.publishMonthsAfter = 2
        #expect(Day(year: 2026, month: 10, day: 10)!.weekday == 6)  // a Saturday, worked
        #expect(calendar.isWorkingDay(Day(year: 2026, month: 10, day: 10)!))
        #expect(!calendar.isWorkingDay(Day(year: 2026, month: 10, day: 5)!))
        let stage = AssessmentCalendar.Stage(
            id: "self", name: "自评", dueDay: 5, dueMonthsAfter: 1, months: [], when: nil, isReview: false,
            location: SourceLocation(file: "x"))
        // September's self-assessment: due 2026-10-05 (a holiday) → Tuesday 2026-10-06.
        #expect(calendar.due(stage, of: Month(year: 2026, month: 9)!) == Day(year: 2026, month: 10, day: 6))
        // October's results: first working day of December 2026 (Tuesday the 1st).
        #expect(calendar.publication(of: Month(year: 2026, month: 10)!) == Day(year: 2026, month: 12, day: 1))
        // November's: 2027-01-01 is a Friday but not declared a holiday here → that day.
        #expect(calendar.publication(of: Month(year: 2026, month: 11)!) == Day(year: 2027, month: 1, day: 1))
        #expect(Day(year: 2026, month: 1, day: 1)!.days(to: Day(year: 2026, month: 3, day: 1)!) == 59)
    }

    @Test("check: every bad cell of assessments.csv is an error at its place")
    func badFile() throws {
        let text = """
            employee,month,stage,submitted,reviewer
            E999,2025-12,self,2026-01-05,
            E003,2025-13,self,2026-01-05,
            E003,2025-12,self,2026-02-30,
            E003,2025-12,manager,2025-11-30,
            E003,2026-01,self,2026-02-03,E777
            E001,2025-12,self,2026-01-03,
            E001,2025-12,self,2026-01-04,
            """
        let errors = Fixtures.errors([
            "policies/cs.md": RulesEngineTests.policy(Self.rules()), "assessments.csv": text,
        ])
        let places = errors.map { "\($0.location.line ?? 0):\($0.location.column ?? 0)" }
        #expect(places == ["2:1", "3:6", "4:19", "5:22", "6:30", "8:14"], "\(errors)")
        #expect(errors[0].message.contains("unknown employee") && errors[0].message.contains("E999"))
        #expect(errors[2].message.contains("not a real date"))
        #expect(errors[3].message.contains("before the assessed month"))
        #expect(errors[5].message.contains("already recorded on line 7"))
    }

    @Test("check: a stage no calendar declares is an error with did-you-mean")
    func unknownStage() throws {
        let outcome = Checker.check(
            fileSystem: Fixtures.files([
                "policies/cs.md": RulesEngineTests.policy(Self.rules()),
                "assessments.csv": "employee,month,stage,submitted,reviewer\nE003,2025-12,selff,2026-01-05,\n",
            ]))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message == "unknown stage \"selff\" in assessments.csv")
        #expect(errors.first?.fix == "did you mean self?")
        #expect(errors.first?.location.line == 2 && errors.first?.location.column == 14)
    }
}
