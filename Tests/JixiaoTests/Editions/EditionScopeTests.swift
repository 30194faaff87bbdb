import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Who is in a department's edition, transfers, company ranks and the `editions:` settings.
@Suite("Editions: scope")
struct EditionScopeTests {
    @Test("department:cs holds cs, cs-day, cs-night and every team below them, and no other department")
    func subDepartments() throws {
        let (content, _, _) = try EditionTestSupport.generatedComputed.get()
        let organisation = content.organisation
        let scope = try EditionScope(department: "cs", in: organisation)
        #expect(scope.contains("cs") && scope.contains("cs-day") && scope.contains("cs-night"))
        let teams = organisation.departments.filter { $0.parent == "cs-day" || $0.parent == "cs-night" }.map(\.id)
        #expect(!teams.isEmpty)
        #expect(teams.allSatisfy(scope.contains))
        #expect(!scope.contains("logistics") && !scope.contains("ops"))
        let expected = organisation.departments.filter { organisation.departmentChain($0.id).contains("cs") }.map(\.id)
        #expect(scope.departments == Set(expected))
        // Everyone in the scoped content worked in cs (or below) at least once, and no one else is missing.
        let scoped = try EditionTestSupport.scoped("cs", EditionTestSupport.generatedComputed.get())
        let inCS = Set(scoped.results.people.map(\.department))
        #expect(inCS.isSubset(of: scope.departments))
        #expect(scoped.content.organisation.departments.map(\.id).sorted() == expected.sorted())
        #expect(scoped.content.organisation.departments.first { $0.id == "cs" }?.parent == nil)
    }

    @Test("a person who moved from ops to cs in 2026-06 is in cs from June and in ops up to May")
    func transfer() throws {
        let computed = try EditionTestSupport.exampleComputed.get()
        let june = Month(parsing: "2026-06")!
        let cs = try EditionTestSupport.scoped("cs", computed)
        let inCS = try #require(cs.content.organisation.employeeIndex["E0310"])
        let csMonths = cs.results.results(ofEmployee: inCS).map(\.month)
        #expect(csMonths.first == june)
        #expect(csMonths.allSatisfy { $0 >= june })
        #expect(cs.content.organisation.employees[inCS].department == "cs")
        let ops = try EditionTestSupport.scoped("ops", computed)
        let inOps = try #require(ops.content.organisation.employeeIndex["E0310"])
        let opsMonths = ops.results.results(ofEmployee: inOps).map(\.month)
        #expect(!opsMonths.isEmpty && opsMonths.allSatisfy { $0 < june })
        // Now in cs, but the ops edition shows the department and role of the last month in ops.
        #expect(ops.content.organisation.employees[inOps].department == "ops")
        #expect(ops.content.organisation.employees[inOps].role == "ops-specialist")
        // Neither edition keeps the transfer (it names a department outside each).
        #expect(cs.content.organisation.transfers.isEmpty && ops.content.organisation.transfers.isEmpty)
        // The monthly trend of the ops edition stops before the move.
        #expect(ops.analytics.trends[inOps].movingAverage.keys.allSatisfy { $0 < june })
    }

    @Test("company-wide rankings keep company ranks and give the company average and person count")
    func companyRanks() throws {
        let computed = try EditionTestSupport.exampleComputed.get()
        let (content, _, analytics) = computed
        let period = Period.month(content.currentMonth!)
        let full = try #require(analytics.ranking(period, .company))
        let cs = try EditionTestSupport.scoped("cs", computed)
        let scoped = try #require(cs.analytics.ranking(period, .company))
        #expect(!scoped.entries.isEmpty && scoped.entries.count < full.entries.count)
        for entry in scoped.entries {
            let id = cs.content.organisation.employees[entry.employee].id
            let original = try #require(full.entries.first { content.organisation.employees[$0.employee].id == id })
            #expect(entry.rank == original.rank && entry.percentile == original.percentile)
        }
        let figures = try #require(cs.companyFigures[CompanyFigures.key(period, .company)])
        #expect(figures.personCount == full.entries.count)
        let mean = (full.entries.map(\.normalized).reduce(.zero, +) / DecimalNumber(full.entries.count)).rounded(places: 2)
        #expect(figures.average == mean)
        // The example's site.yaml allows grade counts too: every ranked person has a grade.
        #expect(figures.gradeCounts?.values.reduce(0, +) == full.entries.count)
        // Department rankings of other departments are gone; role rankings only for roles in cs.
        #expect(cs.analytics.ranking(period, .department("ops")) == nil)
        #expect(cs.analytics.ranking(period, .department("cs")) != nil)
        #expect(cs.analytics.ranking(period, .role("ops-specialist")) == nil)
    }

    @Test("an unknown department is an error with a did-you-mean")
    func unknownDepartment() throws {
        let (content, _, _) = try EditionTestSupport.exampleComputed.get()
        let error = try #require(throws: DiagnosticError.self) { try EditionScope(department: "cx", in: content.organisation) }
        #expect(error.diagnostics.first?.message == "there is no department cx in departments.csv")
        #expect(error.diagnostics.first?.fix == "did you mean department:cs?")
        #expect(Edition(parsing: "department:cs") == .department("cs"))
        #expect(Edition(parsing: "company") == .company && Edition(parsing: "staff") == .staff)
        #expect(Edition(parsing: "managers") == nil && Edition(parsing: "department:") == nil)
    }

    @Test("site.yaml editions: departments and company figures are read and checked")
    func settings() throws {
        let good = Fixtures.files([
            "site.yaml": Fixtures.site + "\neditions:\n  departments: [cs]\n  company_figures: [average, grade_counts]\n"
        ])
        let content = try ContentLoader(fileSystem: good).loadOrThrow()
        #expect(content.settings.editions.departments == ["cs"])
        #expect(content.settings.editions.companyFigures == [.average, .gradeCounts])
        #expect(SiteSettings(title: "", company: "").editions.companyFigures == [.average, .personCount])
        let bad = Fixtures.files([
            "site.yaml": Fixtures.site + "\neditions:\n  departments: [cs, logistcs]\n  company_figures: [averag]\n"
        ])
        let messages = ContentLoader(fileSystem: bad).load().diagnostics.map { "\($0.location.line ?? 0) \($0.message) | \($0.fix ?? "")" }
        #expect(messages.contains { $0.hasPrefix("5 editions names department logistcs") && $0.hasSuffix("did you mean logistics?") })
        #expect(messages.contains { $0.contains("unknown company figure \"averag\"") && $0.contains("did you mean \"average\"?") })
    }

    @Test("a department's edition names itself in the header and links its Excel downloads like the company edition")
    func headerAndWorkbooks() throws {
        let (editions, _) = try EditionTestSupport.exampleEditions.get()
        let cs = try #require(editions["cs"]), company = try #require(editions["company"])
        let home = String(decoding: try #require(cs["index.html"]), as: UTF8.self)
        #expect(home.contains("管理者版 · 客服部"))
        #expect(!String(decoding: try #require(company["index.html"]), as: UTF8.self).contains("管理者版 · 客服部"))
        // Every workbook the edition writes is linked from some page, as in the company edition.
        let pages = cs.filter { $0.key.hasSuffix(".html") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        let workbooks = cs.keys.filter { $0.hasPrefix("downloads/") && $0.hasSuffix(".xlsx") }
        #expect(!workbooks.isEmpty)
        for path in workbooks { #expect(pages.contains(path), "\(path) is not linked") }
    }
}
