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
        // Managers' build: departments stay in the index, people (with department and role
        // name) come in parts.
        #expect(entries.contains { $0["k"] as? String == "department" })
        #expect(!entries.contains { $0["k"] as? String == "person" })
        let people = try Self.people(output)
        let person = try #require(people.first { $0["k"] as? String == "person" && $0["t"] as? String == "钟浩宇" })
        #expect(person["s"] as? String == "e0304 电商运营部 运营专员")
    }

    /// The manifest of the people's parts and every part's entries, in index order.
    static func people(_ output: MemoryOutput) throws -> [[String: Any]] {
        let manifest = try #require(output.text(SearchParts.manifestPath))
        let prefix = "window.JIXIAO_SEARCH_PARTS = ", suffix = ";\n"
        #expect(manifest.hasPrefix(prefix) && manifest.hasSuffix(suffix))
        let object = try JSONSerialization.jsonObject(with: Data(manifest.dropFirst(prefix.count).dropLast(suffix.count).utf8))
        let count = try #require((object as? [String: Any])?["count"] as? Int)
        var entries: [[String: Any]] = []
        for n in 0..<count {
            let part = try #require(output.text(SearchParts.partPrefix + "\(n).js"))
            entries += try Self.entries(ofPart: part, n)
        }
        return entries
    }

    /// A part's entries as `{t, u, k, s}`: the script is `push([n,JSON.parse('{k, u, e}')]);`.
    static func entries(ofPart part: String, _ n: Int) throws -> [[String: Any]] {
        let open = "(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([\(n),JSON.parse('", close = "')]);\n"
        #expect(part.hasPrefix(open) && part.hasSuffix(close))
        let literal = String(part.dropFirst(open.count).dropLast(close.count))
        let json = literal.replacingOccurrences(of: "\\'", with: "'").replacingOccurrences(of: "\\\\", with: "\\")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let kind = try #require(object["k"] as? String), pattern = try #require(object["u"] as? String)
        return try #require(object["e"] as? [[String]]).map { row in
            ["t": row[0], "u": pattern.replacingOccurrences(of: "{}", with: row[1]), "k": kind, "s": row[2]]
        }
    }

    @Test("people parts: bitmaps name exactly the parts holding each character, in index order")
    func peopleParts() throws {
        let entries = (0..<600).map { i in
            SearchParts.Entry(title: i < 250 ? "王芳" : (i < 500 ? "李Wei" : "赵强"), url: "people/\(i).html", kind: "person", summary: "E\(i)")
        }
        let parts = SearchParts(entries: entries, base: 7)
        #expect(parts.count == 3)
        let bits = parts.bitmaps()
        #expect(bits["王"] == [0] && bits["李"] == [1] && bits["赵"] == [2])
        #expect(bits["w"] == [1] && bits["W"] == [1] && bits["E"] == [0, 1, 2] && bits[" "] == nil)
        #expect(bits["王芳"] == [0] && bits["ei"] == [1] && bits["We"] == [1] && bits["李w"] == [1] && bits["芳 "] == nil)
        #expect(bits["芳E"] == nil && bits["e1"] == [0] && bits["e5"] == [0, 2] && bits["E2"] == [0, 1])
        #expect(SearchParts.hex([1], count: 3) == "2" && SearchParts.hex([0, 1, 2], count: 3) == "7")
        #expect(SearchParts.hex([4], count: 5) == "01")
        let manifest = parts.manifest()
        #expect(manifest.hasPrefix("window.JIXIAO_SEARCH_PARTS = {\"base\":7,\"size\":250,\"count\":3,\"path\":\"assets/search/people-\","))
        #expect(manifest.contains("\"王\":\"1\"") && manifest.contains("\"赵\":\"4\""))
        #expect(parts.files().map(\.path) == [SearchParts.manifestPath] + (0..<3).map { SearchParts.partPrefix + "\($0).js" })
        let last = try Self.entries(ofPart: parts.part(2), 2)
        #expect(last.count == 100 && last.first?["u"] as? String == "people/500.html" && last.last?["u"] as? String == "people/599.html")
        #expect(last.last?["t"] as? String == "赵强" && last.last?["s"] as? String == "e599" && last.last?["k"] as? String == "person")
        #expect(parts.part(2).contains(#"{"k":"person","u":"people/{}.html","e":[["赵强","500","e500"],"#))
        // Words normalised as jixiao.js's norm does; quotes and backslashes escaped for the single-quoted literal.
        #expect(SearchParts.words("  E0304\u{3000}客服部\t Night  ") == "e0304 客服部 night")
        #expect(SearchParts.singleQuoted(#"{"t":"O'Neil \\ x"}"#) == #"{"t":"O\'Neil \\\\ x"}"#)
    }

    @Test("the staff build indexes policy bodies but no people")
    func staffIndex() throws {
        let output = try Self.build(audience: .staff)
        let entries = try Self.index(output)
        #expect(!entries.contains { $0["k"] as? String == "person" || $0["k"] as? String == "department" })
        #expect(output.text(SearchParts.manifestPath) == nil)
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
