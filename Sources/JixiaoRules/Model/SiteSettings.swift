import JixiaoCore
import JixiaoMarkdown
/// The settings in `site.yaml`.
public struct SiteSettings: Sendable, Hashable {
    /// Site title.
    public var title: String
    /// Company name.
    public var company: String
    /// Site title on an English site (`title_en`), when given.
    public var titleEN: String? = nil
    /// Company name on an English site (`company_en`), when given.
    public var companyEN: String? = nil
    /// Interface language: `zh-CN` or `en`.
    public var locale: String
    /// ISO currency code, e.g. `CNY`.
    public var currency: String
    /// Path the site is served under, e.g. `/hr/perf/` (links are relative regardless).
    public var basePath: String
    /// The month presented as "now"; `nil` = the latest month with data.
    public var currentMonth: Month?
    /// Whether the staff build includes leaderboards (never pay).
    public var staffLeaderboards: Bool
    /// Working days per month, for per-day allowances.
    public var workingDays: [Month: Int]
    /// Which monthly data files are expected or optional, and the kinds of their columns.
    public var dataFiles = DataDeclarations()
    /// What staff leaderboards may show (`staff_leaderboard:`), safe by default.
    public var staffLeaderboard = StaffLeaderboardSettings()
    /// The `editions:` block: department editions and the company figures they may show.
    public var editions = EditionSettings()

    /// Creates settings.
    public init(
        title: String, company: String, locale: String = "zh-CN", currency: String = "CNY",
        basePath: String = "/", currentMonth: Month? = nil, staffLeaderboards: Bool = false,
        workingDays: [Month: Int] = [:]
    ) {
        self.title = title
        self.company = company
        self.locale = locale
        self.currency = currency
        self.basePath = basePath
        self.currentMonth = currentMonth
        self.staffLeaderboards = staffLeaderboards
        self.workingDays = workingDays
    }

    /// The locales the interface is translated into.
    public static let supportedLocales = ["zh-CN", "en"]
}
