import Dispatch
import JixiaoCore

extension MarkdownSite {
    /// Same as `render`, but parses and renders the pages on all cores. The results are in
    /// the same order as `pages` and identical to `render`'s.
    public static func renderConcurrently(
        _ pages: [MarkdownPage],
        options: MarkdownOptions = MarkdownOptions(),
        directives: @escaping @Sendable (MarkdownPage, MarkdownDirective) -> Result<String, Diagnostic> = { MarkdownDocument.unknownDirective($1) }
    ) -> [RenderedMarkdown] {
        let documents = concurrentMap(pages) {
            MarkdownDocument.parse(source: $0.source, file: $0.file, firstLine: $0.firstLine, options: options)
        }
        let targets = linkTargets(pages: pages, documents: documents)
        return concurrentMap(Array(zip(pages, documents))) { page, document in
            document.render(linkTargets: { targets[$0] }, directives: { directives(page, $0) })
        }
    }

    /// Maps `items` in parallel, keeping their order.
    static func concurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        buffer.initialize(repeating: nil)
        defer {
            buffer.deinitialize()
            buffer.deallocate()
        }
        nonisolated(unsafe) let slots = buffer
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: input.count) { index in
                slots[index] = transform(input[index])
            }
        }
        return buffer.compactMap { $0 }
    }
}
