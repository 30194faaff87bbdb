import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// The search index holds every policy body by section (issue 15, "search that finds").
@Suite("Policy search index")
struct PolicySearchTests {
    /// One policy section of the index: the policy's URL, the section id, heading and text.
    struct Hit: Equatable {
        var url: String
        var id: String
        var heading: String
        var text: String
    }

    /// The example site built in memory.
    static func build(audience: Audience = .managers, locale: String? = nil) throws -> MemoryOutput {
        let output = MemoryOutput()
        let options = SiteOptions(
            contentFolder: "content", templatesFolder: "site-templates", output: "site", audience: audience, locale: locale)
        _ = try SiteBuilder(
            options: options, content: try MemoryBuildTests.memoryCopy(of: SiteBuildTests.content),
            templates: try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates), output: output
        ).build(progress: BuildProgress(quiet: true))
        return output
    }

    /// The entries of `assets/search-index.js`.
    static func index(_ output: MemoryOutput) throws -> [[String: Any]] {
        let script = try #require(output.text("assets/search-index.js"))
        let prefix = "window.JIXIAO_SEARCH = ", suffix = ";\n"
        #expect(script.hasPrefix(prefix) && script.hasSuffix(suffix))
        let json = script.dropFirst(prefix.count).dropLast(suffix.count)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    /// The policy sections of the index.
    static func sections(_ entries: [[String: Any]]) -> [Hit] {
        entries.flatMap { e -> [Hit] in
            let url = e["u"] as? String ?? ""
            return (e["p"] as? [[String]] ?? []).map { Hit(url: url, id: $0[0], heading: $0[1], text: $0[2]) }
        }
    }

    /// Policies whose body sections contain `term`, as the browser matches them (lower-cased substring).
    static func policies(with term: String, in hits: [Hit]) -> Set<String> {
        Set(hits.filter { ($0.heading + " " + $0.text).lowercased().contains(term.lowercased()) }.map(\.url))
    }

    @Test("words that occur only in policy bodies are found, with their sections")
    func bodyWordsAreFound() throws {
        let output = try Self.build()
        let entries = try Self.index(output)
        let hits = Self.sections(entries)
        #expect(
            Self.policies(with: "试用期", in: hits) == [
                "policies/attendance.html", "policies/general.html", "policies/logistics-monthly.html",
                "policies/pay-general.html", "policies/warehouse-pay.html",
            ])
        #expect(
            Self.policies(with: "申诉", in: hits) == [
                "policies/general.html", "policies/logistics-monthly.html", "policies/logistics-sales.html",
            ])
        let probation = try #require(hits.first { $0.url == "policies/attendance.html" && $0.text.contains("试用期") })
        #expect(!probation.id.isEmpty && !probation.heading.isEmpty)
        // Every section links to an anchor of its page.
        for hit in hits where !hit.id.isEmpty {
            let page = try #require(output.text(hit.url))
            #expect(page.contains("id=\"\(hit.id)\""), "\(hit.url)#\(hit.id)")
        }
        // Normalised: no tags, no entities, no doubled or edge whitespace.
        for hit in hits {
            #expect(!hit.text.contains("  ") && !hit.text.contains("\n") && !hit.text.contains("<td") && !hit.text.contains("&amp;"))
            #expect(hit.text == hit.text.trimmingCharacters(in: .whitespaces))
        }
        #expect(!Self.policies(with: "09:00", in: hits).isEmpty)
        // Managers' build: people (with department and role name) and departments stay searchable.
        let person = try #require(entries.first { $0["k"] as? String == "person" && $0["t"] as? String == "钟浩宇" })
        #expect(person["s"] as? String == "E0304 电商运营部 运营专员")
        #expect(entries.contains { $0["k"] as? String == "department" })
    }

    @Test("the staff build indexes policy bodies but no people")
    func staffIndex() throws {
        let entries = try Self.index(try Self.build(audience: .staff))
        #expect(!entries.contains { $0["k"] as? String == "person" || $0["k"] as? String == "department" })
        #expect(!Self.policies(with: "试用期", in: Self.sections(entries)).isEmpty)
    }

    @Test("sections split at h2 and h3 headings, anchor links removed, CJK line breaks joined")
    func splitting() {
        let html =
            "<p>前言\n文字</p>\n<h2 id=\"a\">第一节 <a class=\"anchor\" href=\"#a\" aria-label=\"x\">#</a></h2>\n<p>A &amp; B <strong>粗</strong>体</p>"
            + "<h3 id=\"b\">Sub</h3><table><tr><td>1</td><td>2</td></tr><tr><td>基本</td><td>工资</td></tr></table><h4>not split</h4><p>end</p>"
        #expect(
            PolicySection.split(html) == [
                PolicySection(id: "", heading: "", text: "前言文字"),
                PolicySection(id: "a", heading: "第一节", text: "A & B 粗体"),
                PolicySection(id: "b", heading: "Sub", text: "1 2 基本 工资 not split end"),
            ])
    }
}
