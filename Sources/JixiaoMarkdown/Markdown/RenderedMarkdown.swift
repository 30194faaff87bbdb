import JixiaoCore
/// The result of rendering one page's Markdown.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The page body HTML.
    public var html: String
    /// The table of contents: a nested `<ul class="toc">` of the h2–h3 headings (empty when
    /// there are none).
    public var tocHTML: String
    /// Every heading, in document order.
    public var headings: [MarkdownHeading]
    /// The directives found, in document order (so the caller can add what was not placed).
    public var directives: [MarkdownDirective]
    /// Problems found while parsing and rendering, sorted by place.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(html: String, tocHTML: String, headings: [MarkdownHeading], directives: [MarkdownDirective], diagnostics: [Diagnostic]) {
        self.html = html
        self.tocHTML = tocHTML
        self.headings = headings
        self.directives = directives
        self.diagnostics = diagnostics
    }

    /// Whether a directive with this name was present.
    public func usedDirective(_ name: String) -> Bool { directives.contains { $0.name == name } }

    /// The names of the directives present.
    public var directiveNames: Set<String> { Set(directives.map(\.name)) }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
