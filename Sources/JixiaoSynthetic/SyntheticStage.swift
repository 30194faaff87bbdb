import JixiaoCore

/// How one stage of the example's assessment calendar (`policies/assessment-calendar.md`) is
/// handed in, as the example company's `assessments.csv` shows it: the stage, when it is due,
/// who owes it, who is recorded as handing it in, how often it is late or missing, and how
/// many days early or late (the example's counts as weights).
struct SyntheticStage: Sendable {
    /// Who is recorded in the `reviewer` column.
    enum Reviewer: Sendable {
        /// The person assessed (a self-assessment).
        case person
        /// The person's manager (empty for someone without one).
        case manager
        /// Nobody (the example leaves the second-level reviewer empty).
        case nobody
    }

    /// The stage id of the calendar.
    var id: String
    /// Day of the month after the assessed month it is due; `nil`: the last day of the
    /// assessed month (a review held within its month).
    var dueDay: Int?
    /// Calendar months (1–12) it applies to; empty: every month.
    var months: [Int] = []
    /// Whether only managers owe it (`when: is_manager = 1`).
    var managersOnly = false
    /// Who is recorded as handing it in.
    var reviewer: Reviewer
    /// Owed stages not handed in, per thousand.
    var missingPerMille: Int
    /// Owed stages handed in late, per thousand.
    var latePerMille: Int
    /// Days before the due day an on-time stage is handed in, with weights.
    var early: [(days: Int, weight: Int)]
    /// Days after the due day a late stage is handed in, with weights.
    var late: [(days: Int, weight: Int)]

    /// The most days a day off moves a due day in the example's calendar (2026-10-05, in the
    /// National Day holiday, to 10-08): a late stage is dated that much after the nominal due
    /// day plus its days late, so it is late whatever the calendar's days off; an on-time one
    /// is dated before the nominal due day, so it is on time.
    static let dayOffSlack = 3

    /// The example's stages, counted over its 1,839 rows against the due days its calendar
    /// gives (`due_on_day_off: next_working_day`): self 11 late and 0 missing of 785 owed,
    /// manager 18 and 1 of 785, second 0 and 0 of 121, half-year 1 and 1 of 141.
    static let example: [SyntheticStage] = [
        SyntheticStage(
            id: "self", dueDay: 5, reviewer: .person, missingPerMille: 0, latePerMille: 14,
            early: [(0, 345), (1, 109), (2, 88), (3, 99), (4, 68), (5, 40), (6, 29)],
            late: [(1, 1), (2, 1), (3, 2), (4, 3), (5, 4)]),
        SyntheticStage(
            id: "manager", dueDay: 10, reviewer: .manager, missingPerMille: 1, latePerMille: 23,
            early: [(0, 166), (1, 107), (2, 84), (3, 86), (4, 80), (5, 87), (6, 72), (7, 43), (8, 35), (9, 10)],
            late: [(1, 4), (2, 2), (3, 3), (4, 4), (5, 2), (6, 3)]),
        SyntheticStage(
            id: "second", dueDay: 10, managersOnly: true, reviewer: .nobody, missingPerMille: 0, latePerMille: 0,
            early: [(0, 64), (1, 17), (2, 7), (3, 9), (4, 10), (5, 8), (6, 2), (7, 3), (8, 1)],
            late: [(1, 1)]),
        SyntheticStage(
            id: "half_year", dueDay: nil, months: [1, 7], reviewer: .manager, missingPerMille: 7, latePerMille: 7,
            early: [
                (3, 7), (4, 5), (5, 7), (6, 8), (7, 13), (8, 10), (9, 6), (10, 12), (11, 10), (12, 3), (13, 5), (14, 5),
                (15, 8), (16, 4), (17, 7), (18, 16), (19, 7), (20, 6), (21, 1),
            ],
            late: [(3, 1)]),
    ]

    /// The nominal due day of the stage for the assessed month `m` (before a day off moves it).
    func nominalDue(of m: Month) -> Day {
        guard let dueDay else { return m.lastDay }
        let due = m.next
        return Day(year: due.year, month: due.month, day: min(dueDay, Day.daysIn(year: due.year, month: due.month))) ?? due.lastDay
    }

    /// Whether `person` owes the stage for month `m`.
    func isOwed(by person: SyntheticPerson, in m: Month) -> Bool {
        (months.isEmpty || months.contains(m.month)) && (!managersOnly || person.isManager)
    }

    /// The day a handed-in stage for month `m` is dated, or `nil` when it is missing: on
    /// time, late or missing at the stage's rates, days early or late drawn with its weights.
    func submission(for m: Month, _ rng: inout SeededRandom) -> Day? {
        let draw = rng.int(0...999)
        if draw < missingPerMille { return nil }
        let due = nominalDue(of: m)
        if draw < missingPerMille + latePerMille { return due.adding(days: Self.dayOffSlack + Self.pick(late, &rng)) }
        return due.adding(days: -Self.pick(early, &rng))
    }

    /// A number of days drawn with the given weights.
    static func pick(_ weighted: [(days: Int, weight: Int)], _ rng: inout SeededRandom) -> Int {
        var pick = rng.int(0...(weighted.reduce(0) { $0 + $1.weight } - 1))
        for (days, weight) in weighted {
            if pick < weight { return days }
            pick -= weight
        }
        return weighted.last?.days ?? 0
    }
}
