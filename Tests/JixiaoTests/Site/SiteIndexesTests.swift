import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Issue 14 item 6: the look-ups built once per context (``SiteIndexes``) give the same answers
/// as the scans they replaced, on the example and on a generated company with an assessment
/// calendar; and the page jobs are handed out largest first without losing or adding a page.
@Suite("Site indexes")
struct SiteIndexesTests {
    /// The site context of `content` after the compute stages (no page written).
    static func context(_ content: MemoryFileSystem) throws -> (SiteBuilder, SiteContext) {
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "site")
        let builder = SiteBuilder(
            options: options, content: content, templates: try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates),
            output: DiscardingOutput())
        var state = BuildState(progress: BuildProgress(quiet: true))
        for stage in builder.computeStages { _ = try stage.run(&state) }
        return (builder, try #require(state.site))
    }

    /// 120 people × 4 months from the generator, with the example's policies and its assessment calendar.
    static func generated() -> MemoryFileSystem {
        var files = SyntheticCompany(employees: 120, months: 4, endMonth: Month(parsing: "2026-10")!, seed: 11)
            .files(policies: SyntheticAssessmentsTests.policies)
        for (name, text) in SyntheticAssessmentsTests.policies { files["policies/" + name] = text }
        return MemoryFileSystem(data: files.mapValues { Data($0.utf8) })
    }

    /// Every index answer against the scan of the results it stands for.
    static func checkAgainstScans(_ site: SiteContext) {
        let (people, alerts, organisation) = (site.results.people, site.results.alerts, site.content.organisation)
        let ids: [String?] = [nil] + organisation.departments.map(\.id)
        for month in site.results.months {
            for id in ids {
                let scan = people.indices.filter { people[$0].month == month && !people[$0].stages.isEmpty && (id == nil || people[$0].department == id) }
                #expect(site.indexes.staged(in: month, department: id) == scan, "stages of \(id ?? "all") in \(month)")
                let alertScan = alerts.indices.filter {
                    alerts[$0].month == month && (id == nil || organisation.departmentChain(alerts[$0].department).contains(id!))
                }
                #expect(site.indexes.alerts(in: [month], department: id) == alertScan, "alerts of \(id ?? "all") in \(month)")
                #expect(site.indexes.alertCount(in: [month], department: id) == alertScan.count)
            }
        }
        for d in organisation.departments {
            #expect(site.indexes.children[d.id] ?? [] == organisation.departments.filter { $0.parent == d.id }.map(\.id))
        }
        let months = site.results.months
        for id in ids {
            let scan = alerts.indices.filter { i in
                months.contains(alerts[i].month) && (id == nil || organisation.departmentChain(alerts[i].department).contains(id!))
            }
            #expect(site.indexes.alerts(in: months, department: id) == scan, "alerts of \(id ?? "all") in every month")
            #expect(site.indexes.alertCount(in: months, department: id) == scan.count)
        }
        #expect(site.hasAssessmentCalendar == people.contains { !$0.stages.isEmpty })
    }

    @Test("the example: stages, alerts and children from the indexes equal the scans")
    func example() throws {
        let (_, site) = try Self.context(try MemoryBuildTests.memoryCopy(of: SiteBuildTests.content))
        Self.checkAgainstScans(site)
        #expect(site.hasAssessmentCalendar)
    }

    @Test("a generated company with an assessment calendar: the same")
    func generatedCompany() throws {
        let (_, site) = try Self.context(Self.generated())
        Self.checkAgainstScans(site)
        #expect(site.hasAssessmentCalendar)
    }

    @Test("page jobs: every page once, the estimated rows never rising")
    func largestFirst() throws {
        let (builder, site) = try Self.context(Self.generated())
        let jobs = builder.pageJobs(site)
        let rows = jobs.map { SiteBuilder.rows($0, site) }
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0 >= $1 })
        func key(_ job: SiteBuilder.PageJob) -> String {
            switch job {
            case .leaderboard(let spec, _): return spec.path
            case .department(let path, _, _, _): return path
            case .period(let period): return site.periodPath(period)
            case .alerts: return "alerts"
            case .assessments(let month): return site.assessmentsPath(month)
            }
        }
        let keys = jobs.map(key)
        #expect(Set(keys).count == keys.count)
        let dashboards = site.departmentDashboards().count, periods = site.dashboardPeriods.count
        let expected = site.leaderboardSpecs().count + dashboards + periods + 1 + site.results.months.count
        #expect(keys.count == expected)
    }
}
