import JixiaoCore
/// One policy body to render with `MarkdownSite.render`.
public struct MarkdownPage: Sendable, Hashable {
    /// The file path relative to the content root, e.g. `policies/leave.md`.
    public var file: String
    /// The Markdown body (after the front matter).
    public var source: String
    /// The file line where `source` starts.
    public var firstLine: Int
    /// The page's URL, used for links to it.
    public var url: String

    /// Creates a page.
    public init(file: String, source: String, firstLine: Int = 1, url: String) {
        self.file = file
        self.source = source
        self.firstLine = firstLine
        self.url = url
    }
}
