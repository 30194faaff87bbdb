import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// A rebuild after an edit of policy bodies only (docs/site.md, "Reusing the previous site"):
/// nothing but the bodies changed, so the content, results, analytics and every other page
/// are what the previous build had. The bodies are rendered again (all of them: one body may
/// link to another's headings) with the rule tables the previous build kept in its
/// ``PolicyShells``; the policy pages and the search index are remade from the shells, and
/// every other file is hard-linked from the previous site. Any doubt means `nil`: the caller
/// then makes a full build.
extension SiteBuilder {
    /// What the bodies-only rebuild renders: every policy's page and the search index.
    struct BodyEdit {
        var files: [(path: String, text: String)] = []
        var warnings: [Diagnostic] = []
        var shells: PolicyShells
    }

    /// The summary of a rebuild after an edit of bodies only, or `nil` when the input changed
    /// in any other way, the previous site cannot be reused or anything fails (nothing is then
    /// published: the staged files are thrown away).
    func rebuildBodies(input: String, groups: [String: String], progress: BuildProgress) -> BuildSummary? {
        guard !options.rebuild, let reusing = output as? any ReusingOutput, let (manifest, text) = reusing.reusable(),
            let shells = PolicyShells(text: text), !manifest.record.groups.isEmpty,
            InputGroups.changed(from: manifest.record.groups, to: groups).allSatisfy({ $0.hasPrefix("body:") }),
            Set(groups.keys.filter { $0.hasPrefix("body:") }) == Set(shells.pages.map { "body:" + $0.file }),
            manifest.record.warnings.count >= shells.bodyWarnings
        else { return nil }
        progress.begin("policies")
        guard let edit = renderBodies(shells) else { return nil }
        progress.end("\(shells.pages.count) bodies rendered again")
        progress.begin("output")
        var record = manifest.record
        record.warnings = manifest.record.warnings.dropLast(shells.bodyWarnings) + edit.warnings
        record.input = input
        record.groups = groups
        record.shells = edit.shells.text
        do {
            try output.prepare()
            for file in edit.files { try output.write(file.path, file.text) }
            let written = Set(edit.files.map(\.path))
            // Every other file is the previous site's; one that cannot be linked means a full build.
            guard manifest.files.allSatisfy({ written.contains($0.key) || reusing.carry($0.key, $0.value) }) else {
                output.discard()
                return nil
            }
            output.remember(record)
            try output.commit()
        } catch {
            output.discard()
            return nil
        }
        let totals = output.totals
        progress.end("\(totals.files) files, \(output.reused) reused (bodies-only rebuild)")
        var summary = BuildSummary(
            pages: totals.paths.filter { $0.hasSuffix(".html") }.count, files: totals.files, bytes: totals.bytes,
            seconds: progress.elapsed, warnings: record.warnings, reused: output.reused)
        summary.publishing = Self.publishing(summary)
        return summary
    }

    /// Renders every policy body again and remakes the policy pages and the search index
    /// from the shells; `nil` when a body cannot be read or split as the content loader would,
    /// starts on another line, has Markdown errors, or gains or loses its table of contents
    /// or all its text (the shells were checked only for what the previous bodies had).
    func renderBodies(_ shells: PolicyShells) -> BodyEdit? {
        var pages: [MarkdownPage] = []
        for page in shells.pages {
            guard let data = try? contentFiles.read(page.file), let (text, _) = TextDecoding.decode(data),
                let split = ContentLoader.splitFrontMatter(text), split.bodyLine == page.firstLine
            else { return nil }
            pages.append(MarkdownPage(file: page.file, source: split.body, firstLine: page.firstLine, url: "\(page.slug).html"))
        }
        let tables = Dictionary(shells.pages.map { ($0.file, $0.tables) }) { first, _ in first }
        let (bodies, diagnostics) = SiteContext.renderBodies(
            pages, tables: tables, anchorLabelPrefix: shells.anchorLabelPrefix, tablesHeading: shells.tablesHeading,
            languages: shells.languages)
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        var edit = BodyEdit(warnings: diagnostics.filter { $0.severity == .warning }, shells: shells)
        edit.shells.bodyWarnings = edit.warnings.count
        var sections: [String] = []
        for (i, page) in shells.pages.enumerated() {
            guard let body = bodies[i], body.tocHTML.isEmpty != page.hasTOC, body.html.isEmpty != page.hasBody else { return nil }
            edit.files.append((page.path, page.shell.filled([body.tocHTML, body.html])))
            sections.append(PolicyShells.sectionsJSON(PolicySection.split(body.html)))
        }
        edit.files.append((PolicyShells.searchPath, shells.search.filled(sections)))
        return edit
    }
}
