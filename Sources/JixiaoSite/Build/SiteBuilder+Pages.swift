import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The stages that write the site: overview pages, people, and the search index, data,
/// assets and sitemap.
extension SiteBuilder {
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
            if site.showLeaderboards {
                try page(site, "leaderboards/index.html", site.leaderboardIndex(site.leaderboardSpecs()), "leaderboard")
                pageCount += 1
            }
            if site.managers {
                let (departments, tables) = site.departmentIndexPage()
                try page(site, "departments/index.html", departments, "simple")
                try output.writeDownloads(tables, workbooks: options.workbooks)
                pageCount += 1
            }
            let (sharing, jobs) = (state.sharing, pageJobs(site))
            try runInParallel(jobs, what: "a page") { job in if try sharing?.copy(job, site: site, to: output) != true { try write(job, site) } }
            pageCount += jobs.count
        }
        return "\(pageCount) pages"
    }

    /// Runs page work on the workers; every failure is collected and reported together.
    func runInParallel<T: Sendable>(_ items: [T], what: String, _ work: @Sendable (T) throws -> Void) throws(DiagnosticError) {
        let failures = ConcurrentMap.map(items) { item in Self.collect(what) { try work(item) } }
        let problems = failures.flatMap { $0 }
        if !problems.isEmpty { throw DiagnosticError(problems) }
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
    /// rendered and written on its own so that no file or buffer holds the whole company; the
    /// period files on the workers, years and quarters first (the longest).
    func writeResultsData(_ site: SiteContext) throws {
        let (content, results, analytics) = (site.content, site.results, site.analytics)
        let folder = ResultsJSON.splitFolder
        try output.write(
            folder + "index.json", parts: ResultsJSON.renderIndex(content: content, results: results, analytics: analytics, includePay: true))
        let periods = analytics.periods.indices.sorted {
            let (a, b) = (analytics.periods[$0].months.count, analytics.periods[$1].months.count)
            return a != b ? a > b : $0 < $1
        }.map { analytics.periods[$0] }
        try runInParallel(periods, what: "the results data") { period in
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
