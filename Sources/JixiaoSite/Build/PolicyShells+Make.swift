import Foundation
import JixiaoCore
import JixiaoMarkdown

/// Making the shells at the end of a full build, from the finished context.
extension PolicyShells {
    /// The markers rendered in place of a value (letters and digits, which no escaping changes).
    static func marker(_ name: String) -> String { "jixiaoslot7c1e9a" + name + "x" }

    /// The shells of a build, or `nil` when remaking a policy page or the search index from
    /// them does not give exactly the bytes the build staged (`staged`), for example when an
    /// overriding template escapes the body or a content asset replaces the search index.
    static func make(_ site: SiteContext, tables: [String: [String: String]], bodyWarnings: Int, staged: (String) -> Data?) -> Self? {
        var pages: [Page] = []
        for (i, policy) in site.content.policies.enumerated() {
            guard let page = page(site, i, tables: tables[policy.file] ?? [:], staged: staged) else { return nil }
            pages.append(page)
        }
        guard let search = search(site, staged: staged) else { return nil }
        return PolicyShells(
            anchorLabelPrefix: site.loc["section_link"], tablesHeading: site.loc["rule_tables"],
            languages: site.policyLanguages, bodyWarnings: bodyWarnings, pages: pages, search: search)
    }

    /// One policy's shell, checked against the staged page.
    static func page(_ site: SiteContext, _ i: Int, tables: [String: String], staged: (String) -> Data?) -> Page? {
        let policy = site.content.policies[i]
        let path = site.policyPath(i)
        let rendered = site.policyBodies[i]
        var model = site.policyPage(i)
        let (toc, body) = (model.toc, model.body)
        model.toc = marker("toc")
        model.body = marker("body")
        guard let text = try? site.templates.render(model, template: "policy"), let written = staged(path) else { return nil }
        let shell = SlottedText(text, markers: [marker("toc"), marker("body")])
        guard Data(shell.filled([toc, body]).utf8) == written else { return nil }
        return Page(
            file: policy.file, slug: policy.slug, firstLine: policy.bodyFirstLine, path: path, tables: tables,
            hasTOC: !(rendered?.tocHTML.isEmpty ?? true), hasBody: !(rendered?.html.isEmpty ?? true), shell: shell)
    }

    /// The search index's shell, checked against the staged one.
    static func search(_ site: SiteContext, staged: (String) -> Data?) -> SlottedText? {
        let indices = site.content.policies.indices
        let real = indices.map { site.policySections?[$0] ?? PolicySection.split(site.policyBodies[$0]?.html ?? "") }
        var marked = site
        marked.policySections = indices.map { [PolicySection(id: marker("p\($0)"), heading: "", text: "")] }
        let markers = indices.map { sectionsJSON([PolicySection(id: marker("p\($0)"), heading: "", text: "")]) }
        let shell = SlottedText(marked.searchIndex(), markers: markers)
        guard shell.slots == Array(indices), let written = staged(searchPath),
            Data(shell.filled(real.map(sectionsJSON)).utf8) == written
        else { return nil }
        return shell
    }
}
