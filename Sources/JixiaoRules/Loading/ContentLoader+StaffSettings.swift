import JixiaoCore
extension ContentLoader {
    /// Reads `staff_leaderboard:` from `site.yaml`:
    ///
    ///     staff_leaderboard:
    ///       top: 10                      # rows per board
    ///       min_grade: pass              # lowest grade shown (a grade band id)
    ///       not_assessed_reasons: false  # show who was not assessed, and why
    ///
    /// Keys left out keep their safe defaults (``StaffLeaderboardSettings``).
    func loadStaffLeaderboard(_ value: YAMLValue?, into settings: inout SiteSettings, _ diagnostics: inout Diagnostics) {
        guard let value, !value.isNull else { return }
        let keys = ["top", "min_grade", "not_assessed_reasons"]
        guard let map = value.mapping("staff_leaderboard", allowed: keys, &diagnostics) else { return }
        if let v = map["top"], let n = v.integer("staff_leaderboard.top", &diagnostics) {
            if (1...1000).contains(n) {
                settings.staffLeaderboard.top = n
            } else {
                diagnostics.error(v.location, "staff_leaderboard.top \(n) is out of range", fix: "write a number of rows from 1 to 1000, e.g. 10")
            }
        }
        if let v = map["min_grade"], let s = v.string("staff_leaderboard.min_grade", &diagnostics) {
            settings.staffLeaderboard.minGrade = s
        }
        if let v = map["not_assessed_reasons"], let b = v.bool("staff_leaderboard.not_assessed_reasons", &diagnostics) {
            settings.staffLeaderboard.notAssessedReasons = b
        }
    }
}
