import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Every folder `--all-editions` writes is byte for byte what a separate `--edition` build of
/// that edition writes, and reviewers outside a department's edition are never named in it.
@Suite("Editions: shared build")
struct EditionIdentityTests {
    @Test("each edition of the example, built together, equals its own --edition build, file for file")
    func sameBytes() throws { try check(EditionTestSupport.example(), EditionTestSupport.exampleEditions.get().0) }

    @Test("the same for a generated company with teams under cs (shared pages of sub-departments)")
    func sameBytesGenerated() throws { try check(EditionTestSupport.generated(), EditionTestSupport.generatedEditions.get().0) }

    /// Builds each edition of `content` on its own and compares every file with `editions`, every
    /// edition of `content` built together.
    func check(_ content: MemoryFileSystem, _ editions: [String: [String: Data]]) throws {
        let templates = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates)
        #expect(editions.count == 7)
        for (folder, edition) in [("staff", Edition.staff), ("company", .company)] + ["cs", "hr", "logistics", "ops", "sales"].map({
            ($0, Edition.department($0))
        }) {
            var options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "/srv/jixiao/" + folder)
            options.select(edition)
            let output = MemoryOutput()
            _ = try SiteBuilder(options: options, content: content, templates: templates, output: output).build(
                progress: BuildProgress(quiet: true))
            let together = try #require(editions[folder])
            #expect(together.keys.sorted() == output.files.keys.sorted(), "\(folder): other files")
            let differing = together.keys.filter { together[$0] != output.files[$0] }.sorted()
            #expect(differing.isEmpty, "\(folder): \(differing.prefix(10))")
        }
    }

    @Test("reviewers: ids in the company's data; in ops's edition E0102 (cs) reviewing E0310 is 'a manager in another department'")
    func reviewers() throws {
        let (editions, _) = try EditionTestSupport.exampleEditions.get()
        let company = try #require(editions["company"]?["data/results/2025-12.json"])
        let ops = try #require(editions["ops"]?["data/results/2025-12.json"])
        let opsText = String(decoding: ops, as: UTF8.self)
        // calendar stages are rows of [stage, policy, due, submitted, reviewer, reviewer_outside,
        // state, days_late], their strings indices into the file's `strings`
        #expect(try Self.stages(company).contains { $0.submitted == "2026-01-12" && $0.reviewer == "E0102" && !$0.outside })
        #expect(!opsText.contains("E0102"))
        #expect(try Self.stages(ops).contains { $0.submitted == "2026-01-12" && $0.reviewer == nil && $0.outside })
        // The status pages: E0310's April review by E0102 handed in late (moved to the 20th) is
        // listed with the reviewer's name in the company edition, without it in ops's.
        let disk = LocalFileSystem(root: SiteBuildTests.content)
        var files: [String: Data] = [:]
        for path in disk.walk("") { files[path] = try disk.read(path) }
        let csv = String(decoding: try #require(files["assessments.csv"]), as: UTF8.self)
        #expect(csv.contains("E0310,2026-04,manager,2026-05-11,E0102\n"))
        files["assessments.csv"] = Data(
            csv.replacingOccurrences(of: "E0310,2026-04,manager,2026-05-11,E0102\n", with: "E0310,2026-04,manager,2026-05-20,E0102\n").utf8)
        let content = MemoryFileSystem(data: files)
        let templates = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates)
        var pages: [String: String] = [:]
        for edition in [Edition.company, .department("ops")] {
            var options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "/srv/jixiao/x")
            options.select(edition)
            let output = MemoryOutput()
            _ = try SiteBuilder(options: options, content: content, templates: templates, output: output).build(
                progress: BuildProgress(quiet: true))
            let page = try #require(output.text("2026/04/assessments.html"))
            pages[edition.folderName] = page
        }
        // The list entry of E0310 (邱家乐): "邱家乐 · 直接主管评分 · 逾期 N 天 · 评价人 …".
        func entry(_ page: String?) -> String? {
            guard let page, let start = page.range(of: "邱家乐 · 直接主管评分 · 逾期 "),
                let end = page.range(of: "</a>", range: start.upperBound..<page.endIndex)
            else { return nil }
            return String(page[start.lowerBound..<end.lowerBound])
        }
        #expect(entry(pages["company"])?.hasSuffix(" 天 · 评价人 吴婷婷") == true, "\(entry(pages["company"]) ?? "no entry")")
        #expect(entry(pages["ops"])?.hasSuffix(" 天 · 评价人 另一部门的主管") == true, "\(entry(pages["ops"]) ?? "no entry")")
        #expect(pages["ops"]?.contains("吴婷婷") == false)
    }
}

extension EditionIdentityTests {
    /// The calendar stages of a split month file (docs/results-schema.md): submitted date,
    /// reviewer and whether the reviewer is outside the edition, read through `strings`.
    static func stages(_ data: Data) throws -> [(submitted: String?, reviewer: String?, outside: Bool)] {
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let strings = try #require(file["strings"] as? [String])
        let people = try #require(file["people"] as? [String: Any])
        let column = try #require((people["columns"] as? [String])?.firstIndex(of: "calendar"))
        let text = { (cell: Any) in (cell as? Int).map { strings[$0] } }
        return (people["rows"] as? [[Any]] ?? []).flatMap { row in
            (row[column] as? [[Any]] ?? []).map { (text($0[3]), text($0[4]), $0[5] as? Bool == true) }
        }
    }

    @Test("cs's edition copies 29 person pages (all but E0310, who moved in from ops), its dashboards and its and the company's policies")
    func sharedPages() throws {
        let content = try EditionTestSupport.example()
        var options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "/srv/jixiao/company")
        options.select(.company)
        let builder = SiteBuilder(
            options: options, content: content, templates: try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates),
            output: DiscardingOutput())
        var state = BuildState(progress: BuildProgress(quiet: true))
        for stage in builder.computeStages { _ = try stage.run(&state) }
        let company = try #require(state.site)
        let cs = try company.edition(.department("cs"))
        let sharing = try #require(EditionSharing(company: company, edition: cs, output: MemoryOutput()))
        let ids = Set(sharing.people.map { cs.content.organisation.employees[$0].id })
        #expect(ids.count == 29 && !ids.contains("E0310") && ids.contains("E0101"))
        #expect(sharing.departments == ["cs"])
        let policies = Set(sharing.policies.map { company.content.policies[$0].slug })
        #expect(policies.contains("cs-pay") && policies.contains("general") && !policies.contains("ops-pay"))
        #expect(String(decoding: sharing.from, as: UTF8.self) == "管理者版")
        #expect(String(decoding: sharing.to, as: UTF8.self) == "管理者版 · 客服部")
        #expect(
            EditionSharing.replacing(Array("ab".utf8), with: Array("xyz".utf8), in: Data("abcab-aab".utf8)) == Array("xyzcxyz-axyz".utf8))
    }
}
