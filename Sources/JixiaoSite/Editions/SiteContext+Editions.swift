import JixiaoCore
import JixiaoRules

extension SiteContext {
    /// This (company) context as `edition` sees it: the staff and company editions read the
    /// same state with their audience; a department's edition reads the state cut down to its
    /// scope (``EditionScoper``). Policy bodies are shared: they hold no one's results.
    func edition(_ edition: Edition) throws(DiagnosticError) -> SiteContext {
        // A copy of this context, so that everything not cut down (strings, templates,
        // policy bodies, options such as workbooks) carries over as it is.
        var site = self
        site.audience = edition.audience
        guard case .department(let id) = edition else { return site }
        let scope = try EditionScope(department: id, in: content.organisation)
        let scoped = EditionScoper(content: content, results: results, analytics: analytics, scope: scope).run()
        (site.departmentSlugs, site.personSlugs) = try SiteBuilder.slugs(scoped.content.organisation)
        (site.content, site.results, site.analytics) = (scoped.content, scoped.results, scoped.analytics)
        site.companyFigures = scoped.companyFigures
        site.indexes = SiteIndexes(content: scoped.content, results: scoped.results)
        site.editionLabel = site.editionName(edition)
        return site
    }

    /// The company-wide figures beside a company-wide ranking in a department's edition
    /// (`" · 全公司 60 人 · 平均分 81.25"`); empty in the company edition.
    func companyNote(_ period: Period, _ group: Ranking.Group) -> String {
        guard let figures = companyFigures[CompanyFigures.key(period, group)] else { return "" }
        var parts: [String] = []
        if let n = figures.personCount {
            parts.append(loc.format("edition_company_people", ["count": loc.number(DecimalNumber(n), places: 0)]))
        }
        if let average = figures.average { parts.append(loc.labelled(loc["edition_company_average"], loc.score(average))) }
        if let grades = figures.gradeCounts {
            let list = gradeOrderIDs().compactMap { g in grades[g].map { "\(gradeName(id: g)) \($0)" } }
            parts.append(loc.labelled(loc["edition_company_grades"], list.joined(separator: loc["list_separator"])))
        }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: " · ")
    }

    /// The edition's name for people: 员工版, 管理者版, 管理者版 · 客服部.
    func editionName(_ edition: Edition) -> String {
        switch edition {
        case .staff: loc["staff_edition"]
        case .company: loc["managers_edition"]
        case .department(let id): "\(loc["managers_edition"]) · \(departmentName(id))"
        }
    }
}

extension SiteContext {
    /// How many people a ranking ranked, as this edition may tell: the ranking's own count,
    /// except for a company-wide ranking cut down to a department's edition, where it is the
    /// company's count when `site.yaml` allows it (`person_count`) and `nil` otherwise.
    func rankedCount(_ ranking: Ranking) -> Int? {
        if case .department = ranking.group { return ranking.entries.count }
        guard editionLabel != nil else { return ranking.entries.count }
        return companyFigures[CompanyFigures.key(ranking.period, ranking.group)]?.personCount
    }
}
