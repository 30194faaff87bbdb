import JixiaoCore
import JixiaoMarkdown
/// A policy page: its front matter, its Markdown body and its raw rules.
public struct Policy: Sendable {
    /// Path relative to the content folder, e.g. `policies/logistics-monthly.md`.
    public var file: String
    /// File name, e.g. `logistics-monthly.md` (what other policies link to).
    public var fileName: String
    /// Title.
    public var title: String
    /// English title (`title_en`), shown on English sites; `nil` = the title.
    public var titleEN: String? = nil
    /// URL slug (ASCII).
    public var slug: String
    /// One-sentence summary.
    public var summary: String?
    /// English summary (`summary_en`), shown on English sites; `nil` = the summary.
    public var summaryEN: String? = nil
    /// Departments it concerns (empty: the whole company).
    public var departments: [String]
    /// Month from which it applies.
    public var effective: Month
    /// Who owns it (a department or person).
    public var owner: String?
    /// Free tags.
    public var tags: [String]
    /// The `rules` front-matter value, unparsed (read by the rules stage).
    public var rules: YAMLValue?
    /// The `changes` front-matter value: what changed in this version.
    public var changes: String?
    /// The Markdown body (after the front matter).
    public var body: String
    /// Line of the file on which the body starts.
    public var bodyFirstLine: Int
    /// Where the front matter starts.
    public var location: SourceLocation

    /// Creates a policy.
    public init(
        file: String, fileName: String, title: String, slug: String, summary: String?, departments: [String],
        effective: Month, owner: String?, tags: [String], rules: YAMLValue?, changes: String? = nil,
        body: String, bodyFirstLine: Int, location: SourceLocation
    ) {
        self.file = file
        self.fileName = fileName
        self.title = title
        self.slug = slug
        self.summary = summary
        self.departments = departments
        self.effective = effective
        self.owner = owner
        self.tags = tags
        self.rules = rules
        self.changes = changes
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.location = location
    }
}
