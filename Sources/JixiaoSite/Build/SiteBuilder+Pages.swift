import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The stages that write the site: overview pages, people, and the search index, data,
/// assets and sitemap.
extension SiteBuilder {
    /// One page written by a worker.
    enum PageJob: Sendable {
        case leaderboard(SiteContext.LeaderboardSpec, all: [SiteContext.LeaderboardSpec])
        case department(path: String, id: String, period: Period, dated: Bool)
        case period(Period)
    }

    /// Renders a page model with a template and writes it.
    func page(_ site: SiteContext, _ path: String, _ model: Any, _ template: String) throws {
        try output.write(path, try site.templates.render(model, template: template))
    }

    /// Home, policies, leaderboards, department and period pages, and alerts.
    func writePages(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let site = try state.need(state.site, "site context")
        MemoryRelease.trim()
        do { try output.prepare() } catch {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: options.output), "cannot create the output folder: \(error.localizedDescription)",
                    fix: "check the path and permissions"))
        }
        var pageCount = 0
        try writing {
            let (home, homeTables) = site.homePage()
            try page(site, "index.html", home, "home")
            try output.writeDownloads(homeTables, workbooks: options.workbooks)
            try page(site, "policies/index.html", site.policyIndexPage(), "policy-index")
            for i in site.content.policies.indices {
                if try state.sharing?.copyPolicy(i, site: site, to: output) != true { try page(site, site.policyPath(i), site.policyPage(i), "policy") }
            }
            pageCount += 2 + site.content.policies.count
            var jobs: [PageJob] = []
            if site.showLeaderboards {
                let specs = site.leaderboardSpecs()
                try page(site, "leaderboards/index.html", site.leaderboardIndex(specs), "leaderboard")
                pageCount += 1
                jobs += specs.map { .leaderboard($0, all: specs) }
            }
            if site.managers {
                jobs += site.departmentDashboards().map { .department(path: $0.path, id: $0.id, period: $0.period, dated: $0.dated) }
                jobs += site.analytics.periods.filter { $0.months.first! <= site.currentMonth }.map { .period($0) }
            }
            if site.managers {
                let (departments, tables) = site.departmentIndexPage()
                try page(site, "departments/index.html", departments, "simple")
                try output.writeDownloads(tables, workbooks: options.workbooks)
                pageCount += 1
            }
            let sharing = state.sharing
            try runInParallel(jobs, what: "a page") { job in if try sharing?.copy(job, site: site, to: output) != true { try write(job, site) } }
            pageCount += jobs.count
            if site.managers {
                try writeAlerts(site)
                pageCount += 1 + (try writeAssessments(site))
            }
        }
        return "\(pageCount) pages"
    }

    /// Runs page work on the workers; every failure is collected and reported together.
    func runInParallel<T: Sendable>(_ items: [T], what: String, _ work: @Sendable (T) throws -> Void) throws(DiagnosticError) {
        let failures = ConcurrentMap.map(items) { item in Self.collect(what) { try work(item) } }
        let problems = failures.flatMap { $0 }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    /// One leaderboard, department or period page with its downloads.
    func write(_ job: PageJob, _ site: SiteContext) throws {
        switch job {
        case .leaderboard(let spec, let all):
            let (model, list) = site.leaderboardPage(spec, all: all)
            try page(site, spec.path, model, "leaderboard")
            try output.writeDownloads(list, workbooks: options.workbooks)
        case .department(let path, let id, let period, let dated):
            let (model, list) = site.departmentPage(id, period: period, path: path, dated: dated)
            try page(site, path, model, "department")
            try output.writeDownloads(list, workbooks: options.workbooks)
        case .period(let period):
            var (model, list) = site.periodPage(period)
            if options.workbooks, model.hasPayroll {
                model.payrollWorkbookHref = TableView.workbookFileName(model.payrollHref)
                model.hasPayrollWorkbook = true
            }
            try page(site, site.periodPath(period), model, "period")
            try output.writeDownloads(list, workbooks: options.workbooks)
            if period.kind == .month {
                try output.writePayroll(
                    "downloads/payroll-\(period.description.lowercased()).csv", site.payroll(period.months[0]), workbooks: options.workbooks
                )
            }
        }
    }

    /// The alerts page up to the current month, with its CSV.
    func writeAlerts(_ site: SiteContext) throws {
        let path = "alerts/index.html"
        let alerts = site.alertsPageTable(
            site.results.alerts.filter { $0.month <= site.currentMonth }.reversed(), path: path, csv: "../downloads/alerts.csv")
        try page(
            site, path,
            SimplePage(
                chrome: site.chrome(path: path, pageType: "alerts", title: site.loc["alerts_page"], current: "alerts"),
                heading: site.loc["alerts_page"], text: "", table: alerts, hasTable: true), "simple")
        try output.writeDownloads([("alerts.csv", alerts)], workbooks: options.workbooks)
    }

    /// The page of every person with results up to the current month, 64 to a worker.
    func writePeople(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let site = try state.need(state.site, "site context")
        MemoryRelease.trim()
        let (progress, sharing) = (state.progress, state.sharing)
        let people = site.content.organisation.employees.indices.filter {
            site.results.results(ofEmployee: $0).contains { $0.month <= site.currentMonth }
        }
        progress.expect(people.count)
        let chunks = stride(from: 0, to: people.count, by: 64).map { Array(people[$0..<min(people.count, $0 + 64)]) }
        try runInParallel(chunks, what: "a person page") { chunk in
            for e in chunk {
                if try sharing?.copyPerson(e, site: site, to: output) == true {
                    progress.advance()
                    continue
                }
                let path = site.personPath(e)
                let (model, list) = site.personPage(e, path: path)
                try page(site, path, model, "person")
                try output.writeDownloads(list, workbooks: options.workbooks)
                progress.advance()
            }
        }
        return "\(people.count) pages"
    }

    /// The search page, the 404 page, the search index, the results JSON, assets, robots.txt and the sitemap.
    func writeSearchDataAndAssets(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let site = try state.need(state.site, "site context")
        try writing {
            let searchPath = "search/index.html"
            let none = site.tableView(id: "none", caption: "", headers: [], rows: [], csv: nil)
            try page(
                site, searchPath,
                SimplePage(
                    chrome: site.chrome(path: searchPath, pageType: "search", title: site.loc["search"], current: "search"),
                    heading: site.loc["search"], text: "", table: none, hasTable: false), "search")
            try page(site, "404.html", site.notFoundPage(), "simple")
            try output.write("assets/search-index.js", site.searchIndex())
            if site.managers { try writeResultsData(site) }
            for file in site.searchPeople()?.files() ?? [] { try output.write(file.path, file.text) }
            try copyAssets()
            try output.write("robots.txt", "User-agent: *\nDisallow: /\n")
            let pages = output.totals.paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
            try output.write("sitemap.xml", Sitemap.xml(basePath: site.content.settings.basePath, pages: pages))
        }
        return ""
    }

    /// The results data, split: `data/results/index.json` and one file per period, each
    /// rendered and written on its own so that no file or buffer holds the whole company.
    func writeResultsData(_ site: SiteContext) throws {
        let (content, results, analytics) = (site.content, site.results, site.analytics)
        let folder = ResultsJSON.splitFolder
        try output.write(
            folder + "index.json", parts: ResultsJSON.renderIndex(content: content, results: results, analytics: analytics, includePay: true))
        for period in analytics.periods {
            try output.write(
                folder + ResultsJSON.splitFileName(period),
                parts: ResultsJSON.renderPeriodFile(period, content: content, results: results, analytics: analytics, includePay: true))
        }
    }

    /// Copies the templates' `assets/*`, with files of the same name in the content's `assets/` taking precedence.
    func copyAssets() throws {
        var files: [String: any FileSystem] = [:]
        for path in templateFiles.walk("assets") { files[path] = templateFiles }
        if contentFiles.directoryExists("assets") { for path in contentFiles.walk("assets") { files[path] = contentFiles } }
        for path in files.keys.sorted() where !path.split(separator: "/").contains("..") {
            guard let data = try? files[path]!.read(path) else { continue }
            try output.write(path, data)
        }
    }

    /// Runs a unit of page work on a worker and turns any failure into diagnostics.
    static func collect(_ what: String, _ work: () throws -> Void) -> [Diagnostic] {
        do {
            try work()
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [
                .error(
                    SourceLocation(file: what), "writing \(what) failed: \(error.localizedDescription)",
                    fix: "check free disk space and permissions; the previous site was left as it was")
            ]
        }
    }
}
