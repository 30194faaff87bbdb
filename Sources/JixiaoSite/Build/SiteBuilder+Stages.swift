import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The stages before the pages: content, rules, analytics, templates and strings, policies
/// (which completes the ``SiteContext``), and the last one, which swaps the output in.
extension SiteBuilder {
    /// Loads the content and cuts it off at the build's month.
    func loadContent(_ state: inout BuildState) throws(DiagnosticError) -> String {
        var content = try ContentLoader(fileSystem: contentFiles).loadOrThrow()
        if let month = options.month { content = try content.cutOff(at: month) }
        guard let current = content.currentMonth else {
            throw DiagnosticError(.error(SourceLocation(file: "data"), "there is no monthly data", fix: "add data/YYYY-MM/ folders"))
        }
        if let m = content.settings.currentMonth, !content.months.contains(where: { $0.month == m }) {
            content.settings.currentMonth = content.months.last?.month
        }
        state.content = content
        state.currentMonth = content.currentMonth ?? current
        state.warnings += content.warnings
        return "\(content.organisation.employees.count) people, \(content.months.count) months, \(content.policies.count) policies"
    }

    /// Evaluates every rule.
    func evaluateRules(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let results = try RulesEngine(content: state.need(state.content, "content")).evaluate()
        state.results = results
        return "\(results.people.count) person-months"
    }

    /// Rankings, roll-ups and trends.
    func computeAnalytics(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let analytics = Analytics.compute(
            content: try state.need(state.content, "content"), results: try state.need(state.results, "results"))
        state.analytics = analytics
        try ClosedMonthComparison.enforce(
            content: try state.need(state.content, "content"), results: try state.need(state.results, "results"), analytics: analytics)
        return "\(analytics.rankings.count) rankings"
    }

    /// The templates (content overrides first) and the interface strings.
    func loadTemplates(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let content = try state.need(state.content, "content")
        let locale = options.locale ?? content.settings.locale
        guard SiteSettings.supportedLocales.contains(locale) else {
            throw DiagnosticError(.error(SourceLocation(file: "site.yaml"), "locale \(locale) is not supported", fix: "use zh-CN or en"))
        }
        let override: (any FileSystem)? =
            contentFiles.directoryExists("templates") ? FolderView(base: contentFiles, folder: "templates") : nil
        let templates = try TemplateSet.load(
            base: templateFiles, baseLabel: "site-templates/", override: override, overrideLabel: "content/templates/")
        state.templates = templates
        if let override {
            state.warnings += ThemeVersion.warnings(base: templateFiles, override: override, overrideLabel: "content/templates/")
        }
        state.localization = try loadLocale(locale, currency: content.settings.currency, templates: templates)
        return locale
    }

    /// Reads the locale file (content override first) and checks every key the templates use.
    func loadLocale(_ locale: String, currency: String, templates: TemplateSet) throws(DiagnosticError) -> Localization {
        let relative = "locales/\(locale).yaml"
        let overridden = contentFiles.fileExists(relative)
        let label = overridden ? "content/" + relative : "site-templates/" + relative
        guard let data = try? (overridden ? contentFiles : templateFiles).read(relative), let text = String(data: data, encoding: .utf8)
        else {
            throw DiagnosticError(.error(SourceLocation(file: label), "the locale file is missing", fix: "restore \(label)"))
        }
        let loc: Localization
        switch Localization.parse(text, file: label, locale: locale, currency: currency) {
        case .success(let l): loc = l
        case .failure(let e): throw e
        }
        var diagnostics = Diagnostics()
        for (key, location) in templates.localeKeys() where loc.strings[key] == nil {
            diagnostics.error(
                location, "the template uses t.\(key), which \(label) does not define", fix: "add  \(key): …  to every locale file")
        }
        for key in Localization.generatorKeys where loc.strings[key] == nil {
            diagnostics.error(
                SourceLocation(file: label), "\(label) does not define \(key), which the generator uses",
                fix: "add  \(key): …  as in site-templates/\(relative)")
        }
        try diagnostics.throwIfErrors()
        return loc
    }

    /// Renders the policy bodies (libcmark) and makes the complete ``SiteContext``.
    func renderPolicies(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let content = try state.need(state.content, "content")
        let results = try state.need(state.results, "results")
        let loc = try state.need(state.localization, "strings").withContentEnglish(results.versions)
        state.localization = loc
        let currentMonth = try state.need(state.currentMonth, "current month")
        let (departmentSlugs, personSlugs) = try Self.slugs(content.organisation)
        state.progress.expect(content.policies.count)
        let pages = content.policies.map {
            MarkdownPage(file: $0.file, source: $0.body, firstLine: $0.bodyFirstLine, url: "\($0.slug).html")
        }
        state.policyTables = SiteContext.policyTables(content: content, results: results, loc: loc, currentMonth: currentMonth)
        let (bodies, markdownDiagnostics) = SiteContext.renderBodies(
            pages, tables: state.policyTables, anchorLabelPrefix: loc["section_link"], tablesHeading: loc["rule_tables"],
            languages: PolicyLanguages.of(content: content.settings.locale, page: loc.locale))
        if markdownDiagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(markdownDiagnostics) }
        let bodyWarnings = markdownDiagnostics.filter { $0.severity == .warning }
        state.warnings += bodyWarnings
        state.bodyWarnings = bodyWarnings.count
        // The measure values and submitted stages are read only by the rules: release them before the pages.
        let kept = content.withoutRuleInputs()
        state.content = kept
        state.site = SiteContext(
            content: kept.named(in: loc), results: results, analytics: try state.need(state.analytics, "analytics"), loc: loc,
            templates: try state.need(state.templates, "templates"), audience: options.audience, currentMonth: currentMonth,
            departmentSlugs: departmentSlugs, personSlugs: personSlugs, policyBodies: bodies, workbooks: options.workbooks,
            indexes: SiteIndexes(content: content, results: results))
        return "\(bodies.count) pages"
    }

    /// Page names of departments (by id) and people (by index), checked unique so no two pages share a file.
    static func slugs(_ organisation: Organisation) throws(DiagnosticError) -> ([String: String], [String]) {
        var diagnostics = Diagnostics()
        var departmentSlugs: [String: String] = [:]
        var seen: [String: String] = [:]
        for d in organisation.departments.sorted(by: { $0.location < $1.location }) {
            let slug = Slug.make(d.id)
            if let other = seen[slug] {
                diagnostics.error(
                    d.location, "department ids \(other) and \(d.id) give the same page name \(slug)", fix: "rename one of them")
            }
            seen[slug] = d.id
            departmentSlugs[d.id] = slug
        }
        seen = [:]
        let personSlugs = organisation.employees.map { e -> String in
            let slug = Slug.make(e.id)
            if let other = seen[slug] {
                diagnostics.error(
                    e.location, "employee ids \(other) and \(e.id) give the same page name \(slug)", fix: "rename one of them")
            }
            seen[slug] = e.id
            return slug
        }
        try diagnostics.throwIfErrors()
        return (departmentSlugs, personSlugs)
    }

    /// Records the input fingerprint and groups, language, warnings and policy shells in the
    /// manifest and swaps the finished site in for the previous one.
    func commitOutput(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let locale = try state.need(state.localization, "strings").locale
        var record = BuildRecord(input: state.input, locale: locale, warnings: state.warnings)
        record.groups = state.groups
        if !state.groups.isEmpty, state.sharing == nil, let site = state.site {
            record.shells =
                PolicyShells.make(site, tables: state.policyTables, bodyWarnings: state.bodyWarnings, staged: output.staged)?.text ?? ""
        }
        output.remember(record)
        try writing { try output.commit() }
        return "\(output.totals.files) files, \(output.reused) reused"
    }
}
