import JixiaoCore

extension SyntheticCompany {
    /// `departments.csv` and the people: per division a head, then teams of `teamSize`
    /// with a lead each (customer service split into day and night shifts).
    func organisation(_ rng: inout SeededRandom, firstMonth: Month) -> (String, [SyntheticPerson]) {
        var departments = "id,name,name_en,parent,head\n"
        var people: [SyntheticPerson] = []
        var next = 1
        func newID() -> String {
            defer { next += 1 }
            let digits = String(next)
            return "E" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        }
        for (d, division) in Self.divisions.enumerated() {
            let count = max(2, employees * division.share / 100)
            let headID = newID()
            departments += "\(division.id),\(division.name),\(division.nameEN),,\(headID)\n"
            if division.id == "cs" {
                departments += "cs-day,客服白班,CS day shift,cs,\ncs-night,客服夜班,CS night shift,cs,\n"
            }
            people.append(
                SyntheticPerson(
                    id: headID, division: d, team: division.id, role: division.id + "-head",
                    hire: Day(year: 2018, month: 3, day: 1)!, leave: nil))
            let teams = max(1, (count - 1 + teamSize - 1) / teamSize)
            var made = 1
            for t in 0..<teams {
                let teamID = division.id == "cs" ? (t % 2 == 0 ? "cs-day" : "cs-night") + "-\(t / 2 + 1)" : "\(division.id)-\(t + 1)"
                let parent = division.id == "cs" ? (t % 2 == 0 ? "cs-day" : "cs-night") : division.id
                let leadID = newID()
                departments += "\(teamID),\(division.name)\(t + 1)组,\(division.nameEN) team \(t + 1),\(parent),\(leadID)\n"
                people.append(
                    SyntheticPerson(
                        id: leadID, division: d, team: teamID, role: division.lead,
                        hire: Day(year: 2019, month: rng.int(1...12), day: 1)!, leave: nil))
                made += 1
                while made < count && made < (t + 1) * teamSize + 1 {
                    people.append(member(&rng, id: newID(), division: d, team: teamID, firstMonth: firstMonth))
                    made += 1
                }
            }
        }
        return (departments, people)
    }

    /// A team member with a random hire date and, now and then, a leave date in the data's range.
    func member(_ rng: inout SeededRandom, id: String, division: Int, team: String, firstMonth: Month) -> SyntheticPerson {
        let hireYear = rng.int(2018...(endMonth.year))
        var hire = Day(year: hireYear, month: rng.int(1...12), day: rng.int(1...28))!
        if hire > endMonth.lastDay { hire = Day(year: endMonth.year - 1, month: 6, day: 1)! }
        var leave: Day? = nil
        if rng.chance(4) {
            let candidate = firstMonth.advanced(by: rng.int(0...(months - 1))).lastDay
            if candidate > hire { leave = candidate }
        }
        return SyntheticPerson(id: id, division: division, team: team, role: Self.divisions[division].role, hire: hire, leave: leave)
    }

    /// Each person's manager: team members report to their team lead, leads to the division head.
    func managers(_ people: [SyntheticPerson]) -> [String: String] {
        var managerOf: [String: String] = [:]
        var teamLead: [String: String] = [:]
        var divisionHead: [Int: String] = [:]
        for person in people {
            if person.team == Self.divisions[person.division].id {
                divisionHead[person.division] = person.id
            } else if teamLead[person.team] == nil {
                teamLead[person.team] = person.id
            }
        }
        for person in people {
            if person.team == Self.divisions[person.division].id { continue }
            if teamLead[person.team] == person.id {
                managerOf[person.id] = divisionHead[person.division]
            } else {
                managerOf[person.id] = teamLead[person.team]
            }
        }
        return managerOf
    }

    /// `employees.csv`.
    func employeesCSV(_ people: [SyntheticPerson]) -> String {
        let managerOf = managers(people)
        var csv =
            "id,name,department,role,manager,hire_date,status,regular_date,leave_date,base_salary,position_pay,position_coefficient,is_manager,shift,badge_level\n"
        for (i, person) in people.enumerated() {
            let name =
                String(Self.surnames[i % Self.surnames.count]) + String(Self.givenChars[(i * 7 + 3) % Self.givenChars.count])
                + (i % 3 == 0 ? "" : String(Self.givenChars[(i * 13 + 5) % Self.givenChars.count]))
            let isLead = person.isManager
            let division = Self.divisions[person.division]
            let base = division.id == "logistics" ? 5500 : (isLead ? 9000 : 6000 + (i % 5) * 500)
            let status = person.leave != nil ? "left" : "regular"
            let shift = division.id == "cs" ? (person.team.hasPrefix("cs-night") ? "night" : "day") : ""
            csv +=
                "\(person.id),\(name),\(person.team),\(person.role),\(managerOf[person.id] ?? ""),\(person.hire),\(status),,\(person.leave.map(\.description) ?? ""),\(base),\(isLead ? 1500 : 800),\(isLead ? "1.2" : "1.0"),\(isLead ? 1 : 0),\(shift),\(person.role == "cs-agent" ? String(i % 4) : "")\n"
        }
        return csv
    }
}
