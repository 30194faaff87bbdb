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
    /// neither heading nor text are left out.
    static func split(_ html: String) -> [PolicySection] {
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
}
