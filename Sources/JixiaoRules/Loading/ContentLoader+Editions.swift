import JixiaoCore

/// The `editions:` block of `site.yaml` (see docs/site.md, "Editions"):
///
/// ```yaml
/// editions:
///   departments: [cs, ops]               # default: every top-level department
///   company_figures: [average, grade_counts]   # default: [average, person_count]
/// ```
extension ContentLoader {
    /// Keys allowed in the `editions:` block.
    static let editionKeys = ["departments", "company_figures"]

    /// Reads the `editions:` block; department ids are checked later, against the departments
    /// (``checkEditions(_:organisation:_:)``).
    func loadEditions(_ value: YAMLValue, _ diagnostics: inout Diagnostics) -> EditionSettings {
        var editions = EditionSettings()
        guard let map = value.mapping("editions", allowed: Self.editionKeys, &diagnostics) else { return editions }
        if let list = map["departments"], !list.isNull {
            if let items = list.items {
                var ids: [String] = []
                var locations: [SourceLocation] = []
                for item in items {
                    guard let id = item.string("each department of editions", &diagnostics) else { continue }
                    if ids.contains(id) {
                        diagnostics.error(item.location, "department \(id) is listed twice in editions", fix: "remove one of them")
                        continue
                    }
                    ids.append(id)
                    locations.append(item.location)
                }
                editions.departments = ids
                editions.departmentLocations = locations
            } else if let id = list.string("editions.departments", &diagnostics) {
                editions.departments = [id]
                editions.departmentLocations = [list.location]
            }
        }
        if let list = map["company_figures"], let names = list.stringList("editions.company_figures", &diagnostics) {
            var figures: Set<EditionSettings.CompanyFigure> = []
            let known = EditionSettings.CompanyFigure.allCases.map(\.rawValue)
            for name in names {
                if let figure = EditionSettings.CompanyFigure(rawValue: name) {
                    figures.insert(figure)
                } else {
                    let suggestion = Suggest.closest(to: name, in: known)
                    diagnostics.error(
                        list.location, "unknown company figure \(name.quotedForMessage()) in editions.company_figures",
                        fix: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "known figures: \(known.joined(separator: ", "))")
                }
            }
            editions.companyFigures = figures
        }
        return editions
    }

    /// Reports edition departments that are not in `departments.csv`, and department ids that
    /// would give an edition folder the name of the staff or company edition.
    func checkEditions(_ settings: SiteSettings?, organisation: Organisation, _ diagnostics: inout Diagnostics) {
        guard let settings, let ids = settings.editions.departments else { return }
        let known = organisation.departments.map(\.id)
        for (i, id) in ids.enumerated() {
            let location =
                i < settings.editions.departmentLocations.count
                ? settings.editions.departmentLocations[i] : SourceLocation(file: "site.yaml")
            if organisation.departmentIndex[id] == nil {
                diagnostics.error(
                    location, "editions names department \(id), which departments.csv does not define",
                    fix: Suggest.closest(to: id, in: known).map { "did you mean \($0)?" }
                        ?? "use an id from departments.csv: \(known.joined(separator: ", "))")
            } else if id == "staff" || id == "company" {
                diagnostics.error(
                    location, "a department edition cannot be called \(id): that folder holds the \(id) edition",
                    fix: "leave the department out of editions, or rename it in departments.csv")
            }
        }
    }
}
