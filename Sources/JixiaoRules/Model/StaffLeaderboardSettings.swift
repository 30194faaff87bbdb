import JixiaoCore
/// What the staff edition's leaderboards may show (`staff_leaderboard:` in `site.yaml`),
/// with safe defaults: the top 10 of each board, no grade below 合格 (`pass`), and no
/// reasons why a named colleague was not assessed.
public struct StaffLeaderboardSettings: Sendable, Hashable {
    /// Rows shown per board (rank order); `top: 10` by default.
    public var top: Int = 10
    /// The lowest grade (a grade band id) shown; people graded below it are left out. `pass` by default.
    public var minGrade: String = "pass"
    /// Whether the not-assessed list (names with reasons) is shown; `false` by default.
    public var notAssessedReasons: Bool = false

    /// The defaults.
    public init() {}
}
