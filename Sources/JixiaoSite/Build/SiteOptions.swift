import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Options of a site build.
public struct SiteOptions: Sendable {
    /// The content folder.
    public var contentFolder: String
    /// The built-in templates folder (`site-templates`).
    public var templatesFolder: String
    /// The output folder (replaced only when the build succeeds).
    public var output: String
    /// Staff or managers.
    public var audience: Audience
    /// Interface language (default: the site settings).
    public var locale: String?
    /// Build as of this closed month (later data ignored).
    public var month: Month?
    /// The built-in templates as a file tree (the ones embedded in the executable); when set,
    /// they are read from here instead of `templatesFolder`, which then only labels messages.
    public var templateFiles: (any FileSystem)? = nil
    /// Also write every table download and the monthly payroll as an Excel workbook (`.xlsx`),
    /// linked beside the CSV download (on by default; `--no-xlsx` turns it off).
    public var workbooks = true
    /// Render and publish even when the published site is up to date (`--rebuild`).
    public var rebuild = false
    /// The generator's version, part of the input fingerprint (a new jixiao rebuilds).
    public var generator = ""
    /// The need-to-know edition (`nil`: the audience's own, staff or company); set with ``select(_:)``.
    public internal(set) var edition: Edition? = nil

    /// Creates options.
    public init(
        contentFolder: String, templatesFolder: String, output: String, audience: Audience = .managers,
        locale: String? = nil, month: Month? = nil
    ) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.output = output
        self.audience = audience
        self.locale = locale
        self.month = month
    }
}
