import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A month's, quarter's or year's page, at a stable URL (`2026/11/`, `2026/q4/`, `2026/`).
public struct PeriodPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Period label.
    public var label: String
    /// Previous, next and enclosing periods.
    public var links: [NavLink]
    /// Department figures.
    public var departments: TableView
    /// Company ranking.
    public var ranking: TableView
    /// People not ranked.
    public var notAssessed: TableView
    /// Alerts of the period.
    public var alerts: TableView
    /// Payroll download for a month (managers).
    public var payrollHref: String
    /// Link to the payroll workbook ("" when the build writes no workbooks or has no payroll).
    public var payrollWorkbookHref = ""
    /// Whether there is a payroll workbook.
    public var hasPayrollWorkbook = false
    /// Whether there is a payroll download.
    public var hasPayroll: Bool
    /// Every period with a page, by kind: the period picker.
    public var picker: [LinkGroup] = []
    /// The department dashboards of this period, in tree order.
    public var departmentLinks: [NavLink] = []
    /// Whether the month is closed (`jixiao close`).
    public var isClosed = false
    /// "closed on …" for a closed month; "" otherwise.
    public var closedOn = ""
    /// The month's assessment status page (`""`: none, e.g. for a quarter).
    public var assessmentsHref = ""
}
