import JixiaoCore
import JixiaoRules

extension SiteBuilder {
    /// The stages every edition shares: content, rules, analytics, templates and policies
    /// (which make the company's ``SiteContext``).
    var computeStages: [BuildStage] {
        [
            BuildStage("load content", loadContent), BuildStage("rules", evaluateRules), BuildStage("analytics", computeAnalytics),
            BuildStage("templates", loadTemplates), BuildStage("policies", renderPolicies),
        ]
    }

    /// The stages that write one edition's pages from a complete ``SiteContext`` (everything
    /// after the policies, before the output is swapped in).
    var pageStages: [BuildStage] {
        var list = [BuildStage("pages", writePages)]
        if options.audience == .managers { list.append(BuildStage("people", writePeople)) }
        list.append(BuildStage("search, data and assets", writeSearchDataAndAssets))
        return list
    }

    /// The edition stage: cuts the computed state down to the edition (for a department's
    /// edition: its people only) before any page is made.
    func selectEdition(_ state: inout BuildState) throws(DiagnosticError) -> String {
        let edition = options.edition ?? Edition(audience: options.audience)
        let site = try state.need(state.site, "site context").edition(edition)
        state.select(edition, site)
        return "\(edition): \(site.content.organisation.employees.count) people"
    }
}

extension BuildState {
    /// Makes `site` (an edition's context) the one the page stages read.
    mutating func select(_ edition: Edition, _ site: SiteContext) {
        self.edition = edition
        self.site = site
        content = site.content
        results = site.results
        analytics = site.analytics
    }
}
