import JixiaoRules

extension Content {
    /// The content as a site in `loc`'s language names it: on an English site the site title,
    /// company name and every policy's title and summary take the English form the content
    /// gives (`title_en`, `company_en` in site.yaml; `title_en`, `summary_en` in a policy's
    /// front matter), and keep the Chinese one where it gives none; a policy's `owner` that is
    /// a department's name or id shows as the department's English name. A Chinese site is
    /// unchanged.
    func named(in loc: Localization) -> Content {
        guard !loc.isChinese else { return self }
        var departments: [String: String] = [:]
        for d in organisation.departments {
            if let english = d.nameEN {
                departments[d.name] = english
                departments[d.id] = english
            }
        }
        var copy = self
        copy.settings.title = loc.name(settings.title, english: settings.titleEN)
        copy.settings.company = loc.name(settings.company, english: settings.companyEN)
        for i in copy.policies.indices {
            let p = policies[i]
            copy.policies[i].title = loc.name(p.title, english: p.titleEN)
            copy.policies[i].summary = p.summaryEN ?? p.summary
            copy.policies[i].owner = p.owner.map { departments[$0] ?? $0 }
        }
        return copy
    }
}
