import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// Builds the static site as a list of named steps, content → rules → results → pages →
/// output files. The output folder is replaced only when every step succeeded.
public struct SiteBuilder: Sendable {
    /// The options.
    public let options: SiteOptions

    /// Creates a builder.
    public init(options: SiteOptions) { self.options = options }

    /// Runs the build.
    public func build(progress: BuildProgress = BuildProgress()) throws(DiagnosticError) -> BuildSummary {
        // 1. Content.
        progress.begin("load content")
        var content = try ContentLoader(fileSystem: LocalFileSystem(root: options.contentFolder)).loadOrThrow()
        if let month = options.month { content = try content.cutOff(at: month) }
        guard let current = content.currentMonth else {
            throw DiagnosticError(.error(SourceLocation(file: "data"), "there is no monthly data", fix: "add data/YYYY-MM/ folders"))
        }
        if let m = content.settings.currentMonth, !content.months.contains(where: { $0.month == m }) {
            content.settings.currentMonth = content.months.last?.month
        }
        let currentMonth = content.currentMonth ?? current
        progress.end("\(content.organisation.employees.count) people, \(content.months.count) months, \(content.policies.count) policies")

        // 2. Rules and analytics.
        progress.begin("rules")
        let results = try RulesEngine(content: content).evaluate()
        progress.end("\(results.people.count) person-months")
        progress.begin("analytics")
        let analytics = Analytics.compute(content: content, results: results)
        progress.end("\(analytics.rankings.count) rankings")

        // 3. Templates and strings.
        progress.begin("templates")
        let locale = options.locale ?? content.settings.locale
        guard SiteSettings.supportedLocales.contains(locale) else {
            throw DiagnosticError(.error(SourceLocation(file: "site.yaml"), "locale \(locale) is not supported", fix: "use zh-CN or en"))
        }
        let base = LocalFileSystem(root: options.templatesFolder)
        let overrideRoot = options.contentFolder + "/templates"
        let override: (any FileSystem)? = FileManager.default.fileExists(atPath: overrideRoot) ? LocalFileSystem(root: overrideRoot) : nil
        let templates = try TemplateSet.load(base: base, baseLabel: "site-templates/", override: override, overrideLabel: "content/templates/")
        let loc = try loadLocale(locale, currency: content.settings.currency, templates: templates)
        progress.end(locale)

        // Slugs, checked unique so no two pages share a file.
        var diagnostics = Diagnostics()
        var departmentSlugs: [String: String] = [:]
        var seen: [String: String] = [:]
        for d in content.organisation.departments {
            let slug = Slug.make(d.id)
            if let other = seen[slug] { diagnostics.error(d.location, "department ids \(other) and \(d.id) give the same page name \(slug)", fix: "rename one of them") }
            seen[slug] = d.id
            departmentSlugs[d.id] = slug
        }
        seen = [:]
        let personSlugs = content.organisation.employees.map { e -> String in
            let slug = Slug.make(e.id)
            if let other = seen[slug] { diagnostics.error(e.location, "employee ids \(other) and \(e.id) give the same page name \(slug)", fix: "rename one of them") }
            seen[slug] = e.id
            return slug
        }
        try diagnostics.throwIfErrors()

        var site = SiteContext(content: content, results: results, analytics: analytics, loc: loc, templates: templates,
                               audience: options.audience, currentMonth: currentMonth, departmentSlugs: departmentSlugs, personSlugs: personSlugs)

        // 4. Policy pages (libcmark).
        progress.begin("policies", total: content.policies.count)
        let (bodies, markdownDiagnostics) = site.renderPolicies()
        if markdownDiagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(markdownDiagnostics) }
        site.policyBodies = bodies
        progress.end("\(bodies.count) pages")

        // 5. Pages and files, into a temporary folder.
        let output: OutputFolder
        do { output = try OutputFolder(output: options.output); output.workbooks = options.workbooks } catch {
            throw DiagnosticError(.error(SourceLocation(file: options.output), "cannot create the output folder: \(error.localizedDescription)",
                                         fix: "check the path and permissions"))
        }
        do {
            try writeSite(site, output: output, progress: progress)
            try output.commit()
        } catch let error as DiagnosticError {
            output.discard()
            throw error
        } catch {
            output.discard()
            throw DiagnosticError(.error(SourceLocation(file: options.output), "writing the site failed: \(error.localizedDescription)",
                                         fix: "check free disk space and permissions; the previous site was left as it was"))
        }
        let totals = output.totals
        return BuildSummary(pages: totals.paths.filter { $0.hasSuffix(".html") }.count, files: totals.files, bytes: totals.bytes,
                            seconds: progress.elapsed, warnings: content.warnings + markdownDiagnostics.filter { $0.severity == .warning })
    }

    /// Reads the locale file (content override first) and checks every key the templates use.
    func loadLocale(_ locale: String, currency: String, templates: TemplateSet) throws(DiagnosticError) -> Localization {
        let overridePath = options.contentFolder + "/locales/\(locale).yaml"
        let path = FileManager.default.fileExists(atPath: overridePath) ? overridePath : options.templatesFolder + "/locales/\(locale).yaml"
        let label = path == overridePath ? "content/locales/\(locale).yaml" : "site-templates/locales/\(locale).yaml"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error(SourceLocation(file: label), "the locale file is missing", fix: "restore \(label)"))
        }
        let loc: Localization
        switch Localization.parse(text, file: label, locale: locale, currency: currency) {
        case .success(let l): loc = l
        case .failure(let e): throw e
        }
        var diagnostics = Diagnostics()
        for (key, location) in templates.localeKeys() where loc.strings[key] == nil {
            diagnostics.error(location, "the template uses t.\(key), which \(label) does not define", fix: "add  \(key): …  to every locale file")
        }
        try diagnostics.throwIfErrors()
        return loc
    }

    func writeSite(_ site: SiteContext, output: OutputFolder, progress: BuildProgress) throws {
        let content = site.content
        var pageCount = 0
        func page(_ path: String, _ model: Any, _ template: String) throws {
            try output.write(path, try site.templates.render(model, template: template))
        }

        progress.begin("pages")
        let (home, homeTables) = site.homePage()
        try page("index.html", home, "home")
        try output.writeDownloads(homeTables)
        try page("policies/index.html", site.policyIndexPage(), "policy-index")
        for i in content.policies.indices { try page(site.policyPath(i), site.policyPage(i), "policy") }
        pageCount += 2 + content.policies.count

        // Leaderboards, department dashboards and period pages, in parallel.
        enum Job: Sendable {
            case leaderboard(SiteContext.LeaderboardSpec)
            case department(String)
            case period(Period)
        }
        var jobs: [Job] = []
        if site.showLeaderboards {
            let specs = site.leaderboardSpecs()
            try page("leaderboards/index.html", site.leaderboardIndex(specs), "leaderboard")
            pageCount += 1
            jobs += specs.map { .leaderboard($0) }
        }
        if site.managers {
            jobs += content.organisation.departments.map { .department($0.id) }
            jobs += site.analytics.periods.filter { $0.months.first! <= site.currentMonth }.map { .period($0) }
        }
        let failures = ConcurrentMap.map(jobs) { job in
            OutputFolder.collect("a page") {
                switch job {
                case .leaderboard(let spec):
                    let (model, list) = site.leaderboardPage(spec)
                    try output.write(spec.path, try site.templates.render(model, template: "leaderboard"))
                    try output.writeDownloads(list)
                case .department(let id):
                    let path = site.departmentPath(id)
                    let (model, list) = site.departmentPage(id, path: path)
                    try output.write(path, try site.templates.render(model, template: "department"))
                    try output.writeDownloads(list)
                case .period(let period):
                    let (model, list) = site.periodPage(period)
                    try output.write(site.periodPath(period), try site.templates.render(model, template: "period"))
                    try output.writeDownloads(list)
                    if period.kind == .month {
                        try output.writePayroll("downloads/payroll-\(period.description.lowercased()).csv", site.payroll(period.months[0]))
                    }
                }
            }
        }
        let jobProblems = failures.flatMap { $0 }
        if !jobProblems.isEmpty { throw DiagnosticError(jobProblems) }
        pageCount += jobs.count
        if site.managers {
            let alertsPath = "alerts/index.html"
            let alerts = site.alertTable(site.results.alerts.filter { $0.month <= site.currentMonth }.reversed(), id: "alerts",
                                         caption: site.loc["alerts_page"], path: alertsPath, csv: "../downloads/alerts.csv")
            try page(alertsPath, SimplePage(chrome: site.chrome(path: alertsPath, pageType: "alerts", title: site.loc["alerts_page"], current: "alerts"),
                                            heading: site.loc["alerts_page"], text: "", table: alerts, hasTable: true), "simple")
            try output.writeDownloads([("alerts.csv", alerts)])
            pageCount += 1
        }
        progress.end("\(pageCount) pages")

        if site.managers {
            // People, in parallel.
            let people = content.organisation.employees.indices.filter { site.results.results(ofEmployee: $0).contains { $0.month <= site.currentMonth } }
            progress.begin("people", total: people.count)
            let chunks = stride(from: 0, to: people.count, by: 64).map { Array(people[$0..<min(people.count, $0 + 64)]) }
            let failures = ConcurrentMap.map(chunks) { chunk in
                OutputFolder.collect("a person page") {
                    for e in chunk {
                        let path = site.personPath(e)
                        let (model, list) = site.personPage(e, path: path)
                        try output.write(path, try site.templates.render(model, template: "person"))
                        try output.writeDownloads(list)
                        progress.advance()
                    }
                }
            }
            let problems = failures.flatMap { $0 }
            if !problems.isEmpty { throw DiagnosticError(problems) }
            progress.end("\(people.count) pages")
            pageCount += people.count
        }

        progress.begin("search, data and assets")
        let searchPath = "search/index.html"
        try page(searchPath, SimplePage(chrome: site.chrome(path: searchPath, pageType: "search", title: site.loc["search"], current: "search"),
                                        heading: site.loc["search"], text: "", table: site.tableView(id: "none", caption: "", headers: [], rows: [], csv: nil),
                                        hasTable: false), "search")
        try page("404.html", SimplePage(chrome: site.chrome(path: "404.html", pageType: "not-found", title: site.loc["not_found_title"], current: ""),
                                        heading: site.loc["not_found_title"], text: site.loc["not_found_text"],
                                        table: site.tableView(id: "none", caption: "", headers: [], rows: [], csv: nil), hasTable: false), "simple")
        try output.write("assets/search-index.js", site.searchIndex())
        if site.managers {
            try output.write("data/results.json",
                             parts: ResultsJSON.renderParts(content: content, results: site.results, analytics: site.analytics, includePay: true))
        }
        try copyAssets(output)
        try output.write("robots.txt", "User-agent: *\nDisallow: /\n")
        let pages = output.totals.paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        var sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in pages { sitemap += "<url><loc>\(HTMLEscape.escape(content.settings.basePath + p))</loc></url>\n" }
        try output.write("sitemap.xml", sitemap + "</urlset>\n")
        progress.end()
    }

    /// Copies `site-templates/assets/*`, with files of the same name in `content/assets/` taking precedence.
    func copyAssets(_ output: OutputFolder) throws {
        var files: [String: String] = [:]
        let base = LocalFileSystem(root: options.templatesFolder + "/assets")
        for path in base.walk("") { files[path] = options.templatesFolder + "/assets/" + path }
        let overrides = LocalFileSystem(root: options.contentFolder + "/assets")
        if overrides.directoryExists("") { for path in overrides.walk("") { files[path] = options.contentFolder + "/assets/" + path } }
        for path in files.keys.sorted() where !path.split(separator: "/").contains("..") {
            guard let data = FileManager.default.contents(atPath: files[path]!) else { continue }
            try output.write("assets/" + path, data)
        }
    }
}
