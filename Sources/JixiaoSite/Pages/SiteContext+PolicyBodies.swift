import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

extension SiteContext {
    /// The HTML of every rule table each policy's rules have (the version in force in the
    /// current month, else its first), by policy file and table name: all that a policy body
    /// takes from the rules (a rebuild after an edit of bodies only keeps them, see ``PolicyShells``).
    static func policyTables(content: Content, results: Results, loc: Localization, currentMonth: Month) -> [String: [String: String]] {
        var versionsByFile: [String: RuleSet] = [:]
        for (i, policy) in content.policies.enumerated() {
            if let v = results.versions.version(policy: i, month: currentMonth) ?? results.versions.first(where: { $0.policyIndex == i }) {
                versionsByFile[policy.file] = v.rules
            }
        }
        let bands = Dictionary(results.versions.flatMap { $0.rules.scorecard?.grades ?? [] }.map { ($0.id, $0) }) { first, _ in first }
        let frozen = versionsByFile
        let names = content.measureNames
        let html = ConcurrentMap.map(content.policies.map(\.file)) { file -> [String: String] in
            let rules = RuleTables(rules: frozen[file] ?? RuleSet(), loc: loc, names: names, gradeBands: bands)
            var html: [String: String] = [:]
            for name in RuleTables.names { html[name] = rules.html(name) }
            return html
        }
        return Dictionary(zip(content.policies.map(\.file), html)) { first, _ in first }
    }

    /// Renders policy bodies (each page's `file` naming its rule tables in `tables`), placing
    /// ```` ```jixiao ```` directives and appending the tables a body did not place; the bodies
    /// by policy index and the Markdown diagnostics. With `languages`, what the generator adds
    /// (tables, their heading, its entries in the table of contents) is marked as the page's
    /// language and the headings' entries as the body's.
    static func renderBodies(
        _ pages: [MarkdownPage], tables: [String: [String: String]], anchorLabelPrefix: String, tablesHeading: String,
        languages: PolicyLanguages? = nil
    ) -> ([Int: RenderedMarkdown], [Diagnostic]) {
        let options = MarkdownOptions(headingAnchors: true, tocLevels: 2...3, anchorLabelPrefix: anchorLabelPrefix)
        let rendered = MarkdownSite.renderConcurrently(pages, options: options) { page, directive in
            directiveHTML(directive, tables[page.file] ?? [:]).map { html in languages?.pageLanguage(html) ?? html }
        }
        var bodies: [Int: RenderedMarkdown] = [:]
        var diagnostics: [Diagnostic] = []
        for (i, var r) in rendered.enumerated() {
            diagnostics += r.diagnostics
            let placed = r.directiveNames
            var appended = false
            if !placed.contains("rules") {
                let own = tables[pages[i].file] ?? [:]
                let missing = RuleTables.names.filter { !placed.contains($0) }.compactMap { own[$0] }
                if !missing.isEmpty { r.html += ruleTablesSection(missing, heading: tablesHeading, lang: languages?.page) }
                appended = !missing.isEmpty
            }
            r.tocHTML = tocAddingRules(r.tocHTML, tablesHeading: appended ? tablesHeading : nil, body: r.html, languages: languages)
            bodies[i] = r
        }
        return (bodies, diagnostics)
    }

    /// The HTML of a ```` ```jixiao ```` directive: one rule table by name, or `rules` for all
    /// of them; an unknown directive or a table the rules lack is an error at the directive.
    static func directiveHTML(_ directive: MarkdownDirective, _ tables: [String: String]) -> Result<String, Diagnostic> {
        guard RuleTables.names.contains(directive.name) || directive.name == "rules" else {
            return .failure(
                .error(
                    directive.location, "unknown directive \"\(directive.name)\"",
                    fix: "use one of: rules, " + RuleTables.names.joined(separator: ", ")))
        }
        if directive.name == "rules" {
            return .success(RuleTables.names.compactMap { tables[$0] }.joined(separator: "\n"))
        }
        guard let html = tables[directive.name] else {
            return .failure(
                .error(
                    directive.location, "this policy's rules have no \(directive.name)",
                    fix: "remove the directive or add \(directive.name) to the rules in the front matter"))
        }
        return .success(html)
    }

    /// The section appended to a policy body holding the rule tables its text did not place,
    /// marked as in `lang` when the body is in another language.
    static func ruleTablesSection(_ tables: [String], heading: String, lang: String? = nil) -> String {
        var b = HTMLBuilder()
        b.raw("\n")
        b.start("section")
        b.attribute("class", "rule-tables")
        b.attribute("aria-labelledby", "rule-tables")
        if let lang { b.attribute("lang", lang) }
        b.end()
        b.start("h2")
        b.attribute("id", "rule-tables")
        b.end()
        b.text(heading)
        b.close("h2")
        b.raw("\n" + tables.joined(separator: "\n") + "\n")
        b.close("section")
        return b.html
    }
}
