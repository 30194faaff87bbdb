import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The pages a department's edition shares with the company edition in `--all-editions`: the
/// page of a person whose every month lies in the department, the dashboards of its
/// departments and the policies of the whole company or of its departments are the company edition's bytes with only the edition's name changed (in the
/// header and footer). They are copied from the company's staged output, with their downloads,
/// instead of being rendered again. A page is shared only when everything it shows is the
/// same in both editions (``EditionSharing/init(company:edition:output:)``); the tests build
/// each edition on its own and compare every byte.
struct EditionSharing: Sendable {
    /// The company edition's staged output.
    let source: any SiteOutput
    /// The company edition's name as the templates write it (HTML-escaped), and the department edition's.
    let from: [UInt8], to: [UInt8]
    /// Employee indexes (of the department's edition) whose person pages are shared.
    let people: Set<Int>
    /// Department ids whose dashboards are shared.
    let departments: Set<String>
    /// Policy indexes whose pages are shared: those of the whole company or of departments in the edition.
    let policies: Set<Int>
    /// The company's downloads by page: `downloads/BASE-NAME` listed under `BASE` (NAME without `-`).
    let downloads: [String: [String]]

    /// What a department's edition `edition` (cut from `company`) may copy from `output`, the
    /// company edition's staged output; `nil` when nothing can be shared (the department has a
    /// parent, whose name its pages would show, or the output cannot read files back).
    init?(company: SiteContext, edition: SiteContext, output: any SiteOutput) {
        let whole = company.content.organisation, scoped = edition.content.organisation
        guard let root = scoped.departments.first(where: { $0.parent == nil }),
            scoped.departments.filter({ $0.parent == nil }).count == 1,
            let companyRoot = whole.departmentIndex[root.id], whole.departments[companyRoot].parent == nil,
            let label = edition.editionLabel
        else { return nil }
        source = output
        from = Array(HTMLEscape.escape(company.loc["managers_edition"]).utf8)
        to = Array(HTMLEscape.escape(label).utf8)
        people = Self.sharedPeople(company: company, edition: edition)
        departments = Self.sharedDepartments(company: company, edition: edition)
        policies = Set(
            company.content.policies.indices.filter { i in company.content.policies[i].departments.allSatisfy { scoped.departmentIndex[$0] != nil } })
        var byBase: [String: [String]] = [:]
        for path in output.totals.paths where path.hasPrefix("downloads/") {
            let name = path.dropFirst("downloads/".count)
            guard let dash = name.lastIndex(of: "-"), !name[name.index(after: dash)...].contains("/") else { continue }
            byBase[String(name[..<dash]), default: []].append(path)
        }
        downloads = byBase
    }

    /// The departments whose dashboards are the same in both editions: head and parent kept,
    /// and no one they may list with other streaks in progress in this edition than in the
    /// company's (a dashboard shows each person's streaks).
    static func sharedDepartments(company: SiteContext, edition: SiteContext) -> Set<String> {
        let whole = company.content.organisation, scoped = edition.content.organisation
        var unshared: Set<String> = []
        for (new, employee) in scoped.employees.enumerated() {
            guard let old = whole.employeeIndex[employee.id],
                edition.analytics.trends[new].streaksInProgress.count != company.analytics.trends[old].streaksInProgress.count
            else { continue }
            for r in edition.results.results(ofEmployee: new) { unshared.formUnion(scoped.departmentChain(r.department)) }
        }
        return Set(
            scoped.departments.filter { d in
                guard !unshared.contains(d.id), let i = whole.departmentIndex[d.id] else { return false }
                return whole.departments[i].head == d.head && whole.departments[i].parent == d.parent
            }.map(\.id))
    }

    /// The people whose page is the same in both editions: every month of theirs in the
    /// department, their manager (if any) in it too, and their streaks in progress kept; only
    /// when the edition may show the company's person counts beside company-wide ranks.
    static func sharedPeople(company: SiteContext, edition: SiteContext) -> Set<Int> {
        guard edition.content.settings.editions.companyFigures.contains(.personCount) else { return [] }
        let whole = company.content.organisation
        var shared: Set<Int> = []
        for (new, employee) in edition.content.organisation.employees.enumerated() {
            guard let old = whole.employeeIndex[employee.id] else { continue }
            let original = whole.employees[old]
            guard original.manager == employee.manager, original.department == employee.department, original.role == employee.role,
                edition.results.results(ofEmployee: new).count == company.results.results(ofEmployee: old).count,
                edition.analytics.trends[new].streaksInProgress.count == company.analytics.trends[old].streaksInProgress.count
            else { continue }
            shared.insert(new)
        }
        return shared
    }

    /// Copies person `e`'s page and downloads from the company edition; `false` when the page
    /// is not shared (render it instead).
    func copyPerson(_ e: Int, site: SiteContext, to output: any SiteOutput) throws -> Bool {
        guard people.contains(e) else { return false }
        return try copy(site.personPath(e), base: "person-\(site.personSlugs[e])", to: output)
    }

    /// Copies policy `i`'s page from the company edition; `false` when it is not shared.
    func copyPolicy(_ i: Int, site: SiteContext, to output: any SiteOutput) throws -> Bool {
        guard policies.contains(i) else { return false }
        return try copy(site.policyPath(i), base: "", to: output)
    }

    /// Copies a department dashboard and its downloads from the company edition; `false` when
    /// the dashboard is not shared.
    func copyDashboard(path: String, id: String, period: Period, dated: Bool, site: SiteContext, to output: any SiteOutput) throws -> Bool {
        guard departments.contains(id), let slug = site.departmentSlugs[id] else { return false }
        return try copy(path, base: dated ? "department-\(slug)-\(period.description.lowercased())" : "department-\(slug)", to: output)
    }

    /// Copies a page (with the edition's name put in) and its downloads (as they are).
    func copy(_ page: String, base: String, to output: any SiteOutput) throws -> Bool {
        guard let bytes = source.staged(page) else { return false }
        var files: [(String, Data)] = [(page, Data(Self.replacing(from, with: to, in: bytes)))]
        for path in downloads[base] ?? [] {
            guard let data = source.staged(path) else { return false }
            files.append((path, data))
        }
        for (path, data) in files { try output.write(path, data) }
        return true
    }

    /// `bytes` with every occurrence of `pattern` replaced by `replacement` (``ByteReplacement``).
    static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: Data) -> [UInt8] {
        ByteReplacement.replacing(pattern, with: replacement, in: bytes) ?? Array(bytes)
    }
}

extension EditionSharing {
    /// Copies a page job's page from the company edition when it is a shared dashboard.
    func copy(_ job: SiteBuilder.PageJob, site: SiteContext, to output: any SiteOutput) throws -> Bool {
        guard case .department(let path, let id, let period, let dated) = job else { return false }
        return try copyDashboard(path: path, id: id, period: period, dated: dated, site: site, to: output)
    }
}
