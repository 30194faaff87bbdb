import JixiaoCore

extension RuleParser {
    /// `calendar`: stages with due days, half-year (or other) reviews, publication, holidays.
    func parseCalendar(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> AssessmentCalendar? {
        let keys = ["stages", "reviews", "publish", "holidays", "working_weekends", "due_on_day_off"]
        guard let m = value.mapping("calendar", allowed: keys, &diagnostics) else { return nil }
        var calendar = AssessmentCalendar(location: value.location)
        var seen: Set<String> = []
        for entry in m["stages"].map({ list($0, "stages", &diagnostics) }) ?? [] {
            if let stage = parseStage(entry, review: false, seen: &seen, &diagnostics) { calendar.stages.append(stage) }
        }
        for entry in m["reviews"].map({ list($0, "reviews", &diagnostics) }) ?? [] {
            if let stage = parseStage(entry, review: true, seen: &seen, &diagnostics) { calendar.stages.append(stage) }
        }
        if calendar.stages.isEmpty {
            diagnostics.error(value.location, "the calendar declares no stage", fix: "add  stages:  with e.g. - {id: self, name: 员工自评, due_day: 5}")
        }
        if let p = m["publish"], let pm = p.mapping("publish", allowed: ["months_after", "working_day"], &diagnostics) {
            calendar.publishMonthsAfter = pm["months_after"].flatMap { $0.integer("months_after", &diagnostics) } ?? 1
            calendar.publishWorkingDay = pm["working_day"].flatMap { $0.integer("working_day", &diagnostics) } ?? 1
            if !(0...12).contains(calendar.publishMonthsAfter) || !(1...20).contains(calendar.publishWorkingDay) {
                diagnostics.error(
                    p.location, "publish needs months_after from 0 to 12 and working_day from 1 to 20",
                    fix: "write  publish: {months_after: 2, working_day: 1}")
            }
        }
        calendar.holidays = days(m["holidays"], "holidays", &diagnostics)
        calendar.workingWeekends = days(m["working_weekends"], "working_weekends", &diagnostics)
        for day in calendar.workingWeekends.sorted() where !day.isWeekend {
            diagnostics.error(
                m["working_weekends"]?.location ?? value.location, "\(day) in working_weekends is not a Saturday or Sunday",
                fix: "list only weekend days that are worked; weekdays are working days already")
        }
        if let d = m["due_on_day_off"], let text = d.string("due_on_day_off", &diagnostics) {
            switch text {
            case "next_working_day": calendar.movesDueToWorkingDay = true
            case "keep": calendar.movesDueToWorkingDay = false
            default:
                diagnostics.error(
                    d.location, "due_on_day_off must be next_working_day or keep",
                    fix: "write due_on_day_off: next_working_day to move a due date off weekends and holidays")
            }
        }
        return calendar
    }

    /// One stage (or review) of a calendar.
    private func parseStage(
        _ entry: YAMLValue, review: Bool, seen: inout Set<String>, _ diagnostics: inout Diagnostics
    ) -> AssessmentCalendar.Stage? {
        let keys = ["id", "name", "name_en", "due_day", "months", "when"]
        guard let m = entry.mapping(review ? "a review" : "a stage", allowed: keys, &diagnostics) else { return nil }
        guard let id = required(m, "id", entry, &diagnostics)?.string("id", &diagnostics),
            let name = required(m, "name", entry, &diagnostics)?.string("name", &diagnostics)
        else { return nil }
        guard isNewID(id, of: m, what: "stage", within: " in this calendar", seen: &seen, &diagnostics) else { return nil }
        var dueDay = review ? 31 : 10
        if let d = m["due_day"] ?? (review ? nil : required(m, "due_day", entry, &diagnostics)), let n = d.integer("due_day", &diagnostics) {
            if (1...31).contains(n) {
                dueDay = n
            } else {
                diagnostics.error(d.location, "due_day \(n) is not a day of a month", fix: "write a day from 1 to 31 (31: the month's last day)")
            }
        } else if !review {
            return nil
        }
        var months: [Int] = []
        for v in m["months"].map({ $0.items ?? [$0] }) ?? [] {
            guard let n = v.integer("months", &diagnostics) else { continue }
            if (1...12).contains(n) { months.append(n) } else {
                diagnostics.error(v.location, "\(n) is not a calendar month", fix: "write months 1 to 12, e.g. months: [1, 7]")
            }
        }
        if review && months.isEmpty {
            diagnostics.error(entry.location, "review \(id) names no months", fix: "write the months it is held in, e.g. months: [1, 7]")
        }
        return AssessmentCalendar.Stage(
            id: id, name: name, nameEN: m["name_en"].flatMap { $0.string("name_en", &diagnostics) }, dueDay: dueDay,
            dueMonthsAfter: review ? 0 : 1, months: months, when: m["when"].flatMap { $0.formula("when", &diagnostics) },
            isReview: review, location: entry.location)
    }

    /// A list of dates (`[2026-10-01, 2026-10-02]`); each bad one is reported where it is.
    private func days(_ value: YAMLValue?, _ what: String, _ diagnostics: inout Diagnostics) -> Set<Day> {
        guard let value else { return [] }
        var found: Set<Day> = []
        for v in list(value, what, &diagnostics) {
            guard let text = v.string(what, &diagnostics) else { continue }
            if let day = Day(parsing: text) {
                found.insert(day)
            } else {
                diagnostics.error(v.location, "\(text.quotedForMessage()) in \(what) is not a date", fix: "write dates as 2026-10-01")
            }
        }
        return found
    }

    /// `compositions`: second compositions of the same person and month, each Σ weight × part.
    func parseCompositions(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> [Composition] {
        var found: [Composition] = []
        var seen: Set<String> = []
        for entry in list(value, "compositions", &diagnostics) {
            guard let m = entry.mapping("a composition", allowed: ["id", "name", "name_en", "parts"], &diagnostics),
                let id = required(m, "id", entry, &diagnostics)?.string("id", &diagnostics),
                let name = required(m, "name", entry, &diagnostics)?.string("name", &diagnostics),
                let partsValue = required(m, "parts", entry, &diagnostics),
                isNewID(id, of: m, what: "composition", within: " in this policy", seen: &seen, &diagnostics)
            else { continue }
            var parts: [Composition.Part] = []
            var partIDs: Set<String> = []
            for p in list(partsValue, "parts", &diagnostics) {
                guard let pm = p.mapping("a composition part", allowed: ["id", "name", "name_en", "weight", "formula"], &diagnostics),
                    let pid = required(pm, "id", p, &diagnostics)?.string("id", &diagnostics),
                    let pname = required(pm, "name", p, &diagnostics)?.string("name", &diagnostics),
                    let weight = required(pm, "weight", p, &diagnostics)?.number("weight", &diagnostics),
                    let formula = required(pm, "formula", p, &diagnostics)?.formula("formula", &diagnostics),
                    isNewID(pid, of: pm, what: "part", within: " in composition \(id)", seen: &partIDs, &diagnostics)
                else { continue }
                parts.append(
                    Composition.Part(
                        id: pid, name: pname, nameEN: pm["name_en"].flatMap { $0.string("name_en", &diagnostics) }, weight: weight,
                        formula: formula))
            }
            let sum = parts.reduce(DecimalNumber.zero) { $0 + $1.weight }
            if !parts.isEmpty && sum != .one {
                diagnostics.error(
                    partsValue.location, "the part weights of \(id) add up to \(percent(sum)), not 100%",
                    fix: "make the weights add up to 100%, e.g. 60% and 40%")
            }
            found.append(
                Composition(
                    id: id, name: name, nameEN: m["name_en"].flatMap { $0.string("name_en", &diagnostics) }, parts: parts,
                    location: entry.location))
        }
        return found
    }
}
