import JixiaoCore

extension MarkdownSite {
    /// Same as `render`, but parses and renders the pages on all cores. The results are in
    /// the same order as `pages` and identical to `render`'s.
    public static func renderConcurrently(
        _ pages: [MarkdownPage],
        options: MarkdownOptions = MarkdownOptions(),
        directives: @escaping @Sendable (MarkdownPage, MarkdownDirective) -> Result<String, Diagnostic> = {
            MarkdownDocument.unknownDirective($1)
        }
    ) -> [RenderedMarkdown] {
        let documents = ConcurrentMap.map(pages) {
            MarkdownDocument.parse(source: $0.source, file: $0.file, firstLine: $0.firstLine, options: options)
        }
        let targets = linkTargets(pages: pages, documents: documents)
        return ConcurrentMap.map(Array(zip(pages, documents))) { page, document in
            document.render(linkTargets: { targets[$0] }, directives: { directives(page, $0) })
        }
    }
}
