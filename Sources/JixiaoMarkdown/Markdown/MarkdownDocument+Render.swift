import CMark
import JixiaoCore

extension MarkdownDocument {
    /// Renders the page, checking and rewriting policy links through the pages' targets.
    ///
    /// - Parameters:
    ///   - linkTargets: the target page for a file path relative to the content root
    ///     (`MarkdownLink.file`), or `nil` when there is no such policy. A fragment must
    ///     name one of the target's headings (by id or by text slugified the same way).
    ///   - directives: the HTML for a ```` ```jixiao NAME ARGS ```` block, or a diagnostic.
    ///     The HTML is placed as given; escape what you put into it.
    /// - Returns: the HTML, table of contents, headings, directives found and diagnostics.
    public func render(
        linkTargets: (String) -> MarkdownLinkTarget? = { _ in nil },
        directives: (MarkdownDirective) -> Result<String, Diagnostic> = MarkdownDocument.unknownDirective
    ) -> RenderedMarkdown {
        render(
            resolve: { link in
                guard let file = link.file else { return nil }
                guard let target = linkTargets(file) else {
                    return .failure(
                        .error(
                            link.location, "link to \(file), which is not a policy",
                            fix: "check the file name; links between policies use the file name, e.g. [请假制度](leave.md)"))
                }
                guard let fragment = link.fragment else { return .success(target.url) }
                guard let id = target.headingID(for: fragment) else {
                    return .failure(
                        .error(
                            link.location, "link to heading \"\(fragment)\" of \(file), which has no such heading",
                            fix: MarkdownDocument.headingFix(target.headingIDs)))
                }
                return .success(target.url + "#" + id)
            }, directives: directives)
    }

    /// Renders the page with a simple resolver: `(file, fragment)` → the URL, or `nil` when
    /// the policy or heading does not exist (reported as an error). Same-page `#heading`
    /// links are checked against this page's headings without calling the resolver.
    public func render(
        resolver: (_ file: String, _ fragment: String?) -> String?,
        directives: (MarkdownDirective) -> Result<String, Diagnostic> = MarkdownDocument.unknownDirective
    ) -> RenderedMarkdown {
        render(
            resolve: { link in
                guard let file = link.file else { return nil }
                if let url = resolver(file, link.fragment) { return .success(url) }
                let what = link.fragment.map { "heading \"\($0)\" of \(file)" } ?? file
                return .failure(
                    .error(
                        link.location, "link to \(what), which does not exist",
                        fix: "check the file name and the heading text"))
            }, directives: directives)
    }

    /// The default directive handler: every directive is an error.
    public static func unknownDirective(_ directive: MarkdownDirective) -> Result<String, Diagnostic> {
        .failure(
            .error(
                directive.location, "unknown directive \"\(directive.name)\"",
                fix: "use a directive that Jixiao knows, such as ```jixiao scorecard"))
    }

    /// The shared render: `resolve` handles links to other files (returns `nil` for
    /// same-page links, which are checked here).
    private func render(
        resolve: (MarkdownLink) -> Result<String, Diagnostic>?,
        directives handler: (MarkdownDirective) -> Result<String, Diagnostic>
    ) -> RenderedMarkdown {
        var problems = diagnostics
        let ownPage = MarkdownLinkTarget(url: "", headingIDs: headingIDs)

        var urls: [String] = []
        urls.reserveCapacity(links.count)
        for link in links {
            var result = resolve(link)
            if result == nil, let fragment = link.fragment {
                if let id = ownPage.headingID(for: fragment) {
                    result = .success("#" + id)
                } else {
                    result = .failure(
                        .error(
                            link.location, "link to heading \"\(fragment)\", which is not on this page",
                            fix: MarkdownDocument.headingFix(ownPage.headingIDs)))
                }
            }
            switch result {
            case .success(let url): urls.append(url)
            case .failure(let diagnostic): problems.append(diagnostic); urls.append(link.destination)
            case nil: urls.append(link.destination)
            }
        }

        var blocks: [String] = []
        blocks.reserveCapacity(directives.count)
        for directive in directives {
            switch handler(directive) {
            case .success(let html): blocks.append(html)
            case .failure(let diagnostic): problems.append(diagnostic); blocks.append("")
            }
        }

        let html: String = tree.state.withLock { state in
            for (node, url) in zip(state.links, urls) { cmark_node_set_url(node, url) }
            for (node, block) in zip(state.directives, blocks) { cmark_node_set_on_enter(node, block) }
            guard let rendered = cmark_render_html(state.root, MarkdownDocument.cmarkOptions) else { return "" }
            defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
            return String(cString: rendered)
        }

        let sorted = problems.enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
        return RenderedMarkdown(html: html, tocHTML: tocHTML, headings: headings, directives: directives, diagnostics: sorted)
    }

    static func headingFix(_ ids: Set<String>) -> String {
        if ids.isEmpty { return "the page has no headings; link to the page without #" }
        let some = ids.sorted().prefix(8).joined(separator: ", ")
        return "link to one of its headings: \(some)\(ids.count > 8 ? ", …" : "")"
    }

    /// The table of contents: a nested `<ul class="toc">` of the headings whose levels are in
    /// `options.tocLevels`; empty when there are none.
    public var tocHTML: String {
        let items = headings.filter { options.tocLevels.contains($0.level) }
        guard !items.isEmpty else { return "" }
        let top = options.tocLevels.lowerBound
        var out = ""
        var depth = 0
        for heading in items {
            let wanted = max(1, heading.level - top + 1)
            if depth == 0 {
                out += "<ul class=\"toc\">\n"
                depth = 1
            } else if wanted > depth {
                out += "\n<ul>\n"
                depth += 1
            } else {
                out += "</li>\n"
                while depth > wanted {
                    out += "</ul>\n</li>\n"
                    depth -= 1
                }
            }
            out += "<li><a href=\"#\(HTMLEscape.escape(heading.id))\">\(HTMLEscape.escape(heading.text))</a>"
        }
        out += "</li>\n"
        while depth > 1 {
            out += "</ul>\n</li>\n"
            depth -= 1
        }
        out += "</ul>\n"
        return out
    }
}
