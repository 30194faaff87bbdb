import JixiaoCore

extension SyntheticCompany {
    /// `assessments.csv`: for every month and every person employed that month, the stages of
    /// the example's assessment calendar the person owes (`SyntheticStage.example`), each
    /// handed in on time, late or not at all at the example's rates, so many days early or
    /// late as the example's rows are. Stages dated after the data's last day are not yet handed in.
    /// Drawn from its own random stream, so the other files are the same with or without it.
    func assessmentsCSV(_ people: [SyntheticPerson], firstMonth: Month) -> String {
        var rng = SeededRandom(seed: seed ^ 0xA55E_55ED)
        let managerOf = managers(people)
        let today = endMonth.lastDay
        var csv = "employee,month,stage,submitted,reviewer\n"
        var m = firstMonth
        while m <= endMonth {
            for person in people where person.isEmployed(in: m) {
                for stage in SyntheticStage.example where stage.isOwed(by: person, in: m) {
                    guard let submitted = stage.submission(for: m, &rng), submitted <= today, submitted >= m.firstDay else { continue }
                    let reviewer: String
                    switch stage.reviewer {
                    case .person: reviewer = person.id
                    case .manager: reviewer = managerOf[person.id] ?? ""
                    case .nobody: reviewer = ""
                    }
                    csv += "\(person.id),\(m),\(stage.id),\(submitted),\(reviewer)\n"
                }
            }
            m = m.next
        }
        return csv
    }

    /// Whether a policy text declares an assessment calendar (a `calendar:` line in its rules),
    /// so that `assessments.csv` has stages to refer to.
    static func declaresCalendar(_ policy: String) -> Bool {
        policy.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("calendar:") }
    }
}
