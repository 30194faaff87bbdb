import JixiaoCore
/// What a policy link can point to: the page's URL and the ids of its headings.
public struct MarkdownLinkTarget: Sendable, Hashable {
    /// The URL of the page, e.g. `/policies/leave/`.
    public var url: String
    /// The ids of the page's headings.
    public var headingIDs: Set<String>

    /// Creates a target from a URL and heading ids.
    public init(url: String, headingIDs: Set<String>) {
        self.url = url
        self.headingIDs = headingIDs
    }

    /// Creates a target for a parsed page.
    public init(url: String, document: MarkdownDocument) {
        self.init(url: url, headingIDs: document.headingIDs)
    }

    /// The heading id that `fragment` names: an id itself, or heading text slugified the
    /// same way as headings are.
    public func headingID(for fragment: String) -> String? {
        if headingIDs.contains(fragment) { return fragment }
        let slug = HeadingSlug.slug(fragment)
        return headingIDs.contains(slug) ? slug : nil
    }
}
