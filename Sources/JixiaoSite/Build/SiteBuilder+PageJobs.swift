import JixiaoCore
import JixiaoRules

/// The pages written by the workers, and the order they are handed out in.
extension SiteBuilder {
    /// One page (with its downloads) written by a worker.
    enum PageJob: Sendable {
        case leaderboard(SiteContext.LeaderboardSpec, all: [SiteContext.LeaderboardSpec])
        case department(path: String, id: String, period: Period, dated: Bool)
        case period(Period)
        /// The alerts page up to the current month.
        case alerts
        /// A month's assessment status page.
        case assessments(Month)
    }

    /// The leaderboard, department, period, alerts and assessment pages, the largest first.
    func pageJobs(_ site: SiteContext) -> [PageJob] {
        var jobs: [PageJob] = []
        if site.showLeaderboards {
            let specs = site.leaderboardSpecs()
            jobs += specs.map { .leaderboard($0, all: specs) }
        }
        if site.managers {
            jobs += site.departmentDashboards().map { .department(path: $0.path, id: $0.id, period: $0.period, dated: $0.dated) }
            jobs += site.analytics.periods.filter { $0.months.first! <= site.currentMonth }.map { .period($0) }
            jobs.append(.alerts)
            if site.hasAssessmentCalendar { jobs += site.results.months.filter { $0 <= site.currentMonth }.map { .assessments($0) } }
        }
        return Self.largestFirst(jobs, site)
    }

    /// `jobs` ordered by their estimated rows, the largest first (ties keep their order): the
    /// workers take jobs in order, so a year's page or dashboard handed out last would keep one
    /// worker busy alone at the end of the stage. The order changes no page.
    static func largestFirst(_ jobs: [PageJob], _ site: SiteContext) -> [PageJob] {
        let costs = jobs.map { rows($0, site) }
        return jobs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }.map { jobs[$0] }
    }

    /// About how many table rows a job makes: the people it ranks or lists and the alerts it shows.
    static func rows(_ job: PageJob, _ site: SiteContext) -> Int {
        func ranked(_ period: Period, _ group: Ranking.Group) -> Int {
            site.analytics.ranking(period, group).map { $0.entries.count + $0.notAssessed.count } ?? 0
        }
        switch job {
        case .leaderboard(let spec, _):
            return ranked(Period.containing(site.currentMonth, kind: spec.kind), spec.group)
        case .department(_, let id, let period, _):
            return ranked(period, .department(id)) + site.indexes.alertCount(in: period.months, department: id)
        case .period(let period):
            let payroll = period.kind == .month ? ranked(period, .company) : 0
            return ranked(period, .company) + payroll + site.indexes.alertCount(in: period.months)
        case .alerts:
            return site.results.alerts.count
        case .assessments(let month):
            return site.indexes.staged(in: month).count
        }
    }

    /// One leaderboard, department, period, alerts or assessments page with its downloads.
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
            try writePeriod(period, site)
        case .alerts:
            try writeAlerts(site)
        case .assessments(let month):
            let (model, tables) = site.assessmentsPage(month)
            try page(site, site.assessmentsPath(month), model, "assessments")
            try output.writeDownloads(tables, workbooks: options.workbooks)
        }
    }

    /// A period's page with its downloads, and a month's payroll.
    func writePeriod(_ period: Period, _ site: SiteContext) throws {
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
