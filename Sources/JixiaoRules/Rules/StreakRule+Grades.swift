import JixiaoCore
extension StreakRule {
    /// Whether a month with grade `gradeID` (`nil`: no grade) counts by grade: the grade is
    /// one of the rule's `grades`.
    public func qualifies(gradeID: String?) -> Bool {
        gradeID.map(grades.contains) ?? false
    }
}
