import JixiaoCore

/// One person of the synthetic company while it is being generated.
struct SyntheticPerson: Sendable {
    /// Employee id, `E000001`.
    var id: String
    /// Index into `SyntheticCompany.divisions`.
    var division: Int
    /// The department (team) the person is in.
    var team: String
    /// Role id.
    var role: String
    /// Hire date.
    var hire: Day
    /// Leave date, for people who left.
    var leave: Day?

    /// A team lead or a division head (`is_manager = 1`).
    var isManager: Bool { role.hasSuffix("lead") || role.hasSuffix("head") }

    /// Whether the person is employed in month `m` (hired by then, not left before it).
    func isEmployed(in m: Month) -> Bool {
        hire.monthValue <= m && (leave.map { $0.monthValue >= m } ?? true)
    }
}
