import JixiaoCore
extension StreakRule {
    /// Whether a month with grade `gradeID` (`nil`: no grade) counts by grade: the grade is
    /// one of the rule's `grades`.
    public func qualifies(gradeID: String?) -> Bool {
        gradeID.map(grades.contains) ?? false
    }

    /// What a month means for the run: `nil` for a month that is not assessed when gaps are
    /// skipped, `false` for any other month that is not assessed, else `qualifies`.
    public func step(assessed: Bool, qualifies: @autoclosure () -> Bool) -> Bool? {
        guard assessed else { return gaps == .skip ? nil : false }
        return qualifies()
    }
}
