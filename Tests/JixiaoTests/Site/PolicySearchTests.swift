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
        let output = try DashboardTests.managers.get()
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

    /// A part's entries as `{t, u, k, s}`: the script is `push([n,{k, u, t, f, w}]);`,
    /// one `w` line per entry (normalised title, tab, normalised words); a `0` title or fill
    /// stands for the normalised title or the first word.
    static func entries(ofPart part: String, _ n: Int) throws -> [[String: Any]] {
        let open = "(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([\(n),", close = "]);\n"
        #expect(part.hasPrefix(open) && part.hasSuffix(close))
        let json = String(part.dropFirst(open.count).dropLast(close.count))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let kind = try #require(object["k"] as? String), pattern = try #require(object["u"] as? String)
        let titles = try #require(object["t"] as? [Any]), fills = try #require(object["f"] as? [Any])
        let lines = try #require(object["w"] as? String).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == titles.count && lines.count == fills.count)
        return zip(lines, zip(titles, fills)).map { line, columns in
            let title = String(line.prefix { $0 != "\t" }), words = String(line.drop { $0 != "\t" }.dropFirst())
            let fill = columns.1 as? String ?? String(words.prefix { $0 != " " })
            return ["t": columns.0 as? String ?? title, "u": pattern.replacingOccurrences(of: "{}", with: fill), "k": kind, "s": words, "n": title]
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
        // Keys of the normalised words only (queries are normalised); an id word's first pair is
        // left to the id ranges.
        #expect(bits["w"] == [1] && bits["W"] == nil && bits["e"] == [0, 1, 2] && bits["E"] == nil && bits[" "] == nil)
        #expect(bits["王芳"] == [0] && bits["ei"] == [1] && bits["we"] == [1] && bits["We"] == nil && bits["李w"] == [1] && bits["芳 "] == nil)
        #expect(bits["芳e"] == nil && bits["e1"] == nil && bits["e5"] == nil && bits["12"] == [0, 1, 2] && bits["50"] == [0, 1, 2])
        #expect(parts.idRanges().map { [$0.first, $0.last] } == [["e0", "e99"], ["e250", "e499"], ["e500", "e599"]])
        #expect(SearchParts.hex([1], count: 3) == "2" && SearchParts.hex([0, 1, 2], count: 3) == "7")
        #expect(SearchParts.hex([4], count: 5) == "01")
        let manifest = parts.manifest()
        #expect(manifest.hasPrefix("window.JIXIAO_SEARCH_PARTS = {\"base\":7,\"size\":250,\"count\":3,\"path\":\"assets/search/people-\",\"keys\":\"\\n"))
        #expect(manifest.contains("\\n王 1\\n") && manifest.contains("\\n赵 4\\n") && manifest.contains("\\nw 2\\n"))
        #expect(manifest.hasSuffix(#"","ids":["e0","e99","e250","e499","e500","e599"]};"# + "\n"))
        let files = parts.files()
        #expect(files.map(\.path) == [SearchParts.manifestPath] + (0..<3).map { SearchParts.partPrefix + "\($0).js" } + [SearchParts.partPrefix + "all.js"])
        #expect(files.last?.text == (0..<3).map { parts.part($0) }.joined())
        let last = try Self.entries(ofPart: parts.part(2), 2)
        #expect(last.count == 100 && last.first?["u"] as? String == "people/500.html" && last.last?["u"] as? String == "people/599.html")
        #expect(last.last?["t"] as? String == "赵强" && last.last?["s"] as? String == "e599" && last.last?["k"] as? String == "person")
        #expect(parts.part(2).hasPrefix(#"(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([2,{"k":"person","u":"people/{}.html","t":[0,0,"#))
        #expect(parts.part(2).contains(#""f":["500","501","#) && parts.part(2).contains(#""w":"赵强\te500\n赵强\te501\n"#))
        let middle = try Self.entries(ofPart: parts.part(1), 1)
        #expect(middle.first?["t"] as? String == "李Wei" && middle.first?["n"] as? String == "李wei" && middle.first?["s"] as? String == "e250")
        // A fill that is the first word (the id, as people's URLs are) is written as 0.
        let byID = SearchParts(entries: [SearchParts.Entry(title: "A b", url: "people/e01.html", kind: "person", summary: "E01 客服部")], base: 0)
        #expect(byID.part(0).hasSuffix(#"{"k":"person","u":"people/{}.html","t":["A b"],"f":[0],"w":"a b\te01 客服部"}]);"# + "\n"))
        #expect(try Self.entries(ofPart: byID.part(0), 0).first?["u"] as? String == "people/e01.html")
        // Words normalised as jixiao.js's norm does (a final capital sigma as ς, as toLowerCase does).
        #expect(SearchParts.words("  E0304\u{3000}客服部\t Night  ") == "e0304 客服部 night")
        #expect(SearchParts.words("ΟΔΟΣ Σ ΑΣ. ΣΑ") == "οδος σ ας. σα")
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

    @Test("the collapsed exact formulas of the rule tables are left out of the index; the words around them stay")
    func formulasAreLeftOut() throws {
        let html =
            "<h2 id=\"pay\">工资项目</h2><table><tr><td>岗位工资</td><td>按岗位<details class=\"formula\"><summary>公式</summary>"
            + "<code>IF(is_temporary, base_salary, 5500)</code></details></td></tr></table><p>试用期八折</p>"
        #expect(PolicySection.split(html) == [PolicySection(id: "pay", heading: "工资项目", text: "岗位工资 按岗位 试用期八折")])
        // The example's warehouse pay policy shows its formulas collapsed on the page, but no section of
        // the index holds formula code.
        let output = try DashboardTests.managers.get()
        #expect(output.text("policies/warehouse-pay.html")?.contains("IF(is_temporary") == true)
        let hits = Self.sections(try Self.index(output))
        #expect(!hits.isEmpty)
        #expect(!hits.contains { $0.text.contains("is_temporary") || $0.text.contains("ROUNDDOWN(") })
    }
}
