/// One section of a rendered policy body, for the search index: the `id` of its heading
/// (empty for the text before the first heading), the heading and the plain text.
struct PolicySection: Sendable, Equatable {
    /// The heading's `id` (the URL fragment), or empty for the introduction.
    var id: String
    /// The heading text.
    var heading: String
    /// The section's text, normalised (see ``HTMLText``).
    var text: String

    /// Splits rendered policy HTML at its `<h2 id=…>` and `<h3 id=…>` headings. Sections with
    /// neither heading nor text are left out, and so is the collapsed exact formula of the rule
    /// tables (``RuleTables/formula(_:label:)``): a reader searches for words, not
    /// `IF(is_temporary, …)`.
    static func split(_ page: String) -> [PolicySection] {
        let html = withoutFormulas(page)
        var starts: [(range: Range<String.Index>, id: String, heading: String)] = []
        var from = html.startIndex
        while let open = html.range(of: "<h", range: from..<html.endIndex) {
            from = open.upperBound
            guard let level = html[open.upperBound...].first, level == "2" || level == "3",
                html[html.index(after: open.upperBound)...].hasPrefix(" id=\""),
                let close = html.range(of: "</h\(level)>", range: open.upperBound..<html.endIndex),
                let tagEnd = html[open.upperBound..<close.lowerBound].firstIndex(of: ">")
            else { continue }
            let idStart = html.index(open.upperBound, offsetBy: 6)
            guard let idEnd = html[idStart..<tagEnd].firstIndex(of: "\"") else { continue }
            var inner = html[html.index(after: tagEnd)..<close.lowerBound]
            if let anchor = inner.range(of: "<a class=\"anchor\"") { inner = inner[..<anchor.lowerBound] }
            starts.append((open.lowerBound..<close.upperBound, HTMLText.plain(html[idStart..<idEnd]), HTMLText.plain(inner)))
            from = close.upperBound
        }
        var sections: [PolicySection] = []
        var textStart = html.startIndex
        var current = (id: "", heading: "")
        for start in starts + [(html.endIndex..<html.endIndex, "", "")] {
            let text = HTMLText.plain(html[textStart..<start.range.lowerBound])
            if !text.isEmpty || !current.heading.isEmpty {
                sections.append(PolicySection(id: current.id, heading: current.heading, text: text))
            }
            current = (start.id, start.heading)
            textStart = start.range.upperBound
        }
        return sections
    }

    /// The HTML without its `<details class="formula">…</details>` elements.
    static func withoutFormulas(_ html: String) -> String {
        let open = "<details class=\"formula\">", close = "</details>"
        guard html.contains(open) else { return html }
        var kept = ""
        var from = html.startIndex
        while let start = html.range(of: open, range: from..<html.endIndex),
            let end = html.range(of: close, range: start.upperBound..<html.endIndex)
        {
            kept += html[from..<start.lowerBound]
            from = end.upperBound
        }
        kept += html[from...]
        return kept
    }
}
