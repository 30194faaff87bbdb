import JixiaoCore
/// Choices for rendering Markdown. Smart punctuation, UTF-8 validation and cmark's safe
/// mode are always on and cannot be turned off.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether headings get an `id` and an anchor link (`true` for pages; `false` gives
    /// cmark's plain `<h2>…</h2>`, as used by the conformance tests).
    public var headingAnchors: Bool
    /// Heading levels listed in the table of contents.
    public var tocLevels: ClosedRange<Int>
    /// The accessible label of a heading's anchor link, before the heading text.
    public var anchorLabelPrefix: String

    /// Creates options; the defaults are what pages use.
    public init(headingAnchors: Bool = true, tocLevels: ClosedRange<Int> = 2...3, anchorLabelPrefix: String = "本节链接：") {
        self.headingAnchors = headingAnchors
        self.tocLevels = tocLevels
        self.anchorLabelPrefix = anchorLabelPrefix
    }
}
