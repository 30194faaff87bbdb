import JixiaoCore
import JixiaoMarkdown
/// Everything read from a content folder: the input of every later stage.
public struct Content: Sendable {
    /// Site settings.
    public var settings: SiteSettings
    /// Departments, people, transfers.
    public var organisation: Organisation
    /// Names of all measures.
    public var measures: MeasureCatalog
    /// Monthly data in month order.
    public var months: [MonthData]
    /// Policies sorted by file name.
    public var policies: [Policy]
    /// Warnings found while loading (errors stop loading instead).
    public var warnings: [Diagnostic]
    /// Pay adjustments (`adjustments.csv`).
    public var adjustments: [PayAdjustment] = []
    /// Records of closed months (`closed/*.json`), in month order.
    public var closedMonths: [ClosedMonth] = []
    /// Submitted assessment stages (`assessments.csv`), in file order.
    public var assessments: [AssessmentSubmission] = []
    /// Display names and units of measures, attributes, variables and tables (`measures.csv`), by lowercase id.
    public var measureNames: [String: MeasureName] = [:]

    /// Creates content.
    public init(
        settings: SiteSettings, organisation: Organisation, measures: MeasureCatalog,
        months: [MonthData], policies: [Policy], warnings: [Diagnostic] = []
    ) {
        self.settings = settings
        self.organisation = organisation
        self.measures = measures
        self.months = months
        self.policies = policies
        self.warnings = warnings
    }

    /// The month presented as "now": the setting, or the latest month with data.
    public var currentMonth: Month? { settings.currentMonth ?? months.last?.month }

    /// The data of a month, if any.
    public func data(for month: Month) -> MonthData? {
        guard let first = months.first else { return nil }
        let offset = first.month.distance(to: month)
        if offset >= 0, offset < months.count, months[offset].month == month { return months[offset] }
        return months.first { $0.month == month }
    }
}
