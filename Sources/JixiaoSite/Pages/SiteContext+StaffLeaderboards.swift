import JixiaoCore
import JixiaoRules
extension SiteContext {
    /// A ranking as this edition may show it (issue 15, item 5). Managers see it whole. Staff
    /// see, per board, the first `staff_leaderboard.top` people whose grade is at or above
    /// `staff_leaderboard.min_grade` on their own grade scale (a grade the scale cannot place
    /// is left out), and no not-assessed list unless `not_assessed_reasons: true`.
    func shownRanking(_ ranking: Ranking?, period: Period) -> Ranking? {
        guard !managers, var shown = ranking else { return ranking }
        let settings = content.settings.staffLeaderboard
        let scales = results.versions.compactMap { $0.rules.scorecard?.grades }
        func allowed(_ grade: String?) -> Bool {
            guard let grade else { return false }
            return scales.contains { scale in
                guard let band = scale.first(where: { $0.id == grade }), let floor = scale.first(where: { $0.id == settings.minGrade }) else {
                    return false
                }
                return band.min >= floor.min
            }
        }
        shown.entries = shown.entries.filtered(limit: settings.top) { allowed(analytics.score(employee: $0.employee, period: period)?.gradeID) }
        if !settings.notAssessedReasons { shown.notAssessed = [] }
        return shown
    }

    /// The leaderboard tables with the staff edition's wording: when the not-assessed list
    /// is withheld, its table says so instead of "none".
    func staffTables(_ tables: (TableView, TableView, [(String, TableView)])) -> (TableView, TableView, [(String, TableView)]) {
        guard !managers, !content.settings.staffLeaderboard.notAssessedReasons else { return tables }
        var apart = tables.1
        apart.emptyText = loc["staff_not_assessed_withheld"]
        return (tables.0, apart, tables.2.filter { $0.1.id != apart.id })
    }
}
