import JixiaoCore

extension RuleParser {
    /// Reports every grade a streak names that the rule set's scorecard does not have, at the
    /// grade in the list (a streak on a misspelt grade would silently never count).
    func checkStreakGrades(_ streaks: YAMLValue, scorecard: Scorecard?, _ diagnostics: inout Diagnostics) {
        guard let bands = scorecard?.grades, !bands.isEmpty else { return }
        let ids = bands.map(\.id)
        for streak in streaks.items ?? [] {
            guard let grades = streak["grades"] else { continue }
            for grade in grades.items ?? [grades] {
                guard let id = grade.scalarText, !ids.contains(id) else { continue }
                diagnostics.error(
                    grade.location, "streak grade \(id.quotedForMessage()) is not a grade of the scorecard",
                    fix: (Suggest.closest(to: id, in: ids).map { "did you mean \($0)? " } ?? "") + "grades: \(ids.joined(separator: ", "))")
            }
        }
    }
}
