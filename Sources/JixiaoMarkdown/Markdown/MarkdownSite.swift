import JixiaoCore
/// Renders a set of pages that link to each other: parses every page, builds the link
/// targets from all headings, then renders each page.
public enum MarkdownSite {
    /// Parses and renders `pages` in order; the results are in the same order.
    ///
    /// - Parameters:
    ///   - pages: the pages, each with its file and URL.
    ///   - options: rendering choices.
    ///   - directives: the HTML for a directive block of the given page, or a diagnostic.
    public static func render(
        _ pages: [MarkdownPage],
        options: MarkdownOptions = MarkdownOptions(),
        directives: (MarkdownPage, MarkdownDirective) -> Result<String, Diagnostic> = { MarkdownDocument.unknownDirective($1) }
    ) -> [RenderedMarkdown] {
        var documents = pages.map {
            MarkdownDocument.parse(source: $0.source, file: $0.file, firstLine: $0.firstLine, options: options)
        }
        let targets = linkTargets(pages: pages, documents: documents)
        // Each tree is freed right after its page is rendered, while it is still in cache.
        var remaining: [MarkdownDocument?] = documents
        documents = []
        var results: [RenderedMarkdown] = []
        results.reserveCapacity(pages.count)
        for (index, page) in pages.enumerated() {
            guard let document = remaining[index] else { continue }
            remaining[index] = nil
            results.append(document.render(linkTargets: { targets[$0] }, directives: { directives(page, $0) }))
        }
        return results
    }

    /// The link targets of parsed pages, keyed by file.
    public static func linkTargets(pages: [MarkdownPage], documents: [MarkdownDocument]) -> [String: MarkdownLinkTarget] {
        var targets: [String: MarkdownLinkTarget] = [:]
        targets.reserveCapacity(pages.count)
        for (page, document) in zip(pages, documents) {
            targets[page.file] = MarkdownLinkTarget(url: page.url, document: document)
        }
        return targets
    }
}
