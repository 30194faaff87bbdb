import JixiaoCore
import JixiaoMarkdown
extension RuleParser {
    /// `max_grade_when`: a list of `{grade: pass, when: serious_violation = 1}` caps; each grade
    /// must be a band of the scorecard.
    func parseGradeCaps(_ value: YAMLValue, grades: [GradeBand], _ diagnostics: inout Diagnostics) -> [Scorecard.GradeCap] {
        var found: [Scorecard.GradeCap] = []
        for entry in list(value, "max_grade_when", &diagnostics) {
            guard let m = entry.mapping("a grade cap", allowed: ["grade", "when"], &diagnostics) else { continue }
            guard let gradeValue = required(m, "grade", entry, &diagnostics), let grade = gradeValue.string("grade", &diagnostics),
                let when = required(m, "when", entry, &diagnostics)?.formula("when", &diagnostics)
            else { continue }
            guard grades.contains(where: { $0.id == grade }) else {
                diagnostics.error(
                    gradeValue.location, "max_grade_when names unknown grade \"\(grade)\"",
                    fix: Suggest.closest(to: grade, in: grades.map(\.id)).map { "did you mean \($0)?" }
                        ?? "use a grade id of this scorecard")
                continue
            }
            found.append(Scorecard.GradeCap(grade: grade, when: when))
        }
        return found
    }
}
