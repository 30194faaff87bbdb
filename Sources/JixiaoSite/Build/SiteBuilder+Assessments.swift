import JixiaoCore
import JixiaoRules

extension SiteBuilder {
    /// The assessment status page of every month up to the current one (managers' build,
    /// when a policy declares an assessment calendar), with its CSV; returns the page count.
    func writeAssessments(_ site: SiteContext) throws -> Int {
        guard site.managers, site.hasAssessmentCalendar else { return 0 }
        let months = site.results.months.filter { $0 <= site.currentMonth }
        for month in months {
            let (model, tables) = site.assessmentsPage(month)
            try page(site, site.assessmentsPath(month), model, "assessments")
            try output.writeDownloads(tables, workbooks: options.workbooks)
        }
        return months.count
    }
}
