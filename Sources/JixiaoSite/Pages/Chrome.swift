import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// What every page shares: language, relative root, navigation, interface strings.
public struct Chrome: Sendable {
    /// `zh-CN` or `en`.
    public var lang: String
    /// Relative path from the page to the site root (`../../`), or `./` at the root.
    public var root: String
    /// Page type for the contract's meta tag.
    public var pageType: String
    /// Page title (without the site title).
    public var title: String
    /// Site title.
    public var siteTitle: String
    /// Company name.
    public var company: String
    /// Main navigation.
    public var nav: [NavLink]
    /// Interface strings.
    public var t: [String: String]
    /// "Staff edition" or "Managers' edition".
    public var edition: String
    /// Whether this is the managers' build.
    public var managers: Bool
    /// Whether the page loads the search index.
    public var loadsSearchIndex: Bool
    /// Breadcrumb trail from the company to this page (the last one is the page itself).
    public var breadcrumbs: [NavLink] = []
    /// Whether the trail has more than the company alone.
    public var hasBreadcrumbs: Bool = false
    /// Whether the page shows pay and so prints with a header (company, period, edition, confidential).
    public var printHeader: Bool = false
    /// The period named in the print header.
    public var printPeriod: String = ""
    /// Whether the page carries its own critical CSS (the 404 page, served at any depth).
    public var inlineCritical: Bool = false
    /// The site's top-level folders, space-separated (`2026 alerts assets …`): the 404 page's
    /// script finds the site root as the folder above the first of them in the URL.
    public var topFolders: String = ""
}
