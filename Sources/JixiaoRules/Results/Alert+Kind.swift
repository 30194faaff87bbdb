import JixiaoCore
extension Alert {
    /// What raised an alert; the raw value is the text written to JSON and used in
    /// locale keys (`alert_<kind>`).
    public enum Kind: String, Sendable, Hashable {
        /// An alert rule's condition held.
        case rule
        /// A streak completed.
        case streak
        /// Data for the scorecard (or the coefficient) was missing.
        case missingData = "missing-data"
        /// A promotion lacks only the manager's approval.
        case promotionDue = "promotion-due"
        /// A department exceeded its forced-distribution limit.
        case distribution
        /// A measure fell outside its plausible range.
        case range
        /// A pay item could not be computed.
        case pay
        /// A stage of the assessment calendar was handed in after its due day.
        case assessmentLate = "assessment-late"
        /// A stage of the assessment calendar was not handed in by its due day.
        case assessmentMissing = "assessment-missing"
        /// A formal review (half-year review) of the calendar was not held by its due day.
        case reviewMissing = "review-missing"
    }

    /// How urgent an alert is; the raw value is the text written to JSON and in rules.
    public enum Severity: String, Sendable, Hashable {
        /// For information.
        case info
        /// Worth a look.
        case warning
        /// Needs action.
        case critical
    }
}
