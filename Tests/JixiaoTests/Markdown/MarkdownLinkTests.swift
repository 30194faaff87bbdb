import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Markdown: links between policies")
struct MarkdownLinkTests {
    static let leave = MarkdownDocument.parse(source: "# 请假制度\n\n## 病假\n\n## 事假\n", file: "policies/leave.md")

    static func targets(_ file: String) -> MarkdownLinkTarget? {
        file == "policies/leave.md" ? MarkdownLinkTarget(url: "/policies/leave/", document: leave) : nil
    }

    @Test func policyLinksAreResolved() {
        let source = "见[请假制度](leave.md)、[病假](leave.md#病假)、[事假](./leave.md#%E4%BA%8B%E5%81%87)。\n"
        let result = MarkdownDocument.parse(source: source, file: "policies/a.md").render(linkTargets: Self.targets)
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.html == """
                <p>见<a href="/policies/leave/">请假制度</a>、<a href="/policies/leave/#%E7%97%85%E5%81%87">病假</a>、<a href="/policies/leave/#%E4%BA%8B%E5%81%87">事假</a>。</p>

                """)
    }

    @Test func parsedLinksHaveFileFragmentAndLocation() {
        let source = "第一行\n前面的字 [病假](../policies/leave.md#病假 \"标题\")\n"
        let document = MarkdownDocument.parse(source: source, file: "policies/a.md", firstLine: 5)
        #expect(
            document.links == [
                MarkdownLink(
                    destination: "../policies/leave.md#病假", file: "policies/leave.md", fragment: "病假",
                    location: SourceLocation(file: "policies/a.md", line: 6, column: 6))
            ])
    }

    @Test func missingPolicyIsAnErrorWithLineAndColumn() {
        let source = "# 标题\n\n正文 [年假](annual.md) 结束\n"
        let result = MarkdownDocument.parse(source: source, file: "policies/a.md", firstLine: 6).render(linkTargets: Self.targets)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "policies/a.md", line: 8, column: 4))
        #expect(diagnostic.message == "link to policies/annual.md, which is not a policy")
    }

    @Test func missingHeadingIsAnError() {
        let result = MarkdownDocument.parse(source: "[x](leave.md#婚假)\n", file: "policies/a.md").render(linkTargets: Self.targets)
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics[0].message.contains("婚假"))
        #expect(result.diagnostics[0].fix?.contains("病假") == true)
        #expect(result.diagnostics[0].location == SourceLocation(file: "policies/a.md", line: 1, column: 1))
    }

    @Test func fragmentMayBeHeadingTextSlugifiedTheSameWay() {
        let other = MarkdownDocument.parse(source: "## 3.1 Sick Leave\n", file: "b.md")
        let result = MarkdownDocument.parse(source: "[x](b.md#3.1%20Sick%20Leave)\n", file: "a.md")
            .render(linkTargets: { $0 == "b.md" ? MarkdownLinkTarget(url: "/b/", document: other) : nil })
        #expect(result.diagnostics.isEmpty)
        #expect(result.html == "<p><a href=\"/b/#3-1-sick-leave\">x</a></p>\n")
    }

    @Test func samePageLinks() {
        let source = "## 本页标题\n\n[到标题](#本页标题) [坏](#没有)\n"
        let result = MarkdownDocument.parse(source: source, file: "a.md").render()
        #expect(result.html.contains(##"<a href="#%E6%9C%AC%E9%A1%B5%E6%A0%87%E9%A2%98">到标题</a>"##))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].location == SourceLocation(file: "a.md", line: 3, column: 14))
    }

    @Test func otherLinksPassThrough() {
        let source = "[a](https://example.com/x.md) [b](mailto:hr@example.com) [c](/policies/) [d](guide.pdf) [e](HTTP://X.md)\n"
        let result = MarkdownDocument.parse(source: source, file: "a.md").render()
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.html == """
                <p><a href="https://example.com/x.md">a</a> <a href="mailto:hr@example.com">b</a> <a href="/policies/">c</a> <a href="guide.pdf">d</a> <a href="HTTP://X.md">e</a></p>

                """)
    }

    @Test func referenceLinksAndLinksInListsAreChecked() {
        let source = "- 条目 [病假][p]\n- [坏](nope.md)\n\n[p]: leave.md#病假\n"
        let result = MarkdownDocument.parse(source: source, file: "policies/a.md").render(linkTargets: Self.targets)
        #expect(result.html.contains(#"<a href="/policies/leave/#%E7%97%85%E5%81%87">病假</a>"#))
        #expect(result.diagnostics.map(\.location.line) == [2])
    }

    @Test func simpleResolverForm() {
        let document = MarkdownDocument.parse(source: "[a](leave.md#病假) [b](x.md)\n", file: "a.md")
        let result = document.render(resolver: { file, fragment in
            file == "leave.md" ? "/leave/" + (fragment.map { "#" + $0 } ?? "") : nil
        })
        #expect(result.html.hasPrefix(#"<p><a href="/leave/#%E7%97%85%E5%81%87">a</a>"#))
        #expect(result.diagnostics.map(\.message) == ["link to x.md, which does not exist"])
    }

    @Test func pathJoining() {
        #expect(MarkdownDocument.joinPath(base: "policies/a.md", relative: "leave.md") == "policies/leave.md")
        #expect(MarkdownDocument.joinPath(base: "policies/a.md", relative: "../other/x.md") == "other/x.md")
        #expect(MarkdownDocument.joinPath(base: "a.md", relative: "./b/../c.md") == "c.md")
        #expect(MarkdownDocument.joinPath(base: "a.md", relative: "../c.md") == "../c.md")
    }

    @Test func siteRendersPagesThatLinkToEachOther() {
        let pages = [
            MarkdownPage(file: "policies/a.md", source: "## 甲\n\n见 [乙](b.md#乙)\n", firstLine: 4, url: "/a/"),
            MarkdownPage(file: "policies/b.md", source: "## 乙\n\n见 [甲](a.md#甲) 与 [丙](c.md)\n", firstLine: 4, url: "/b/"),
        ]
        let results = MarkdownSite.render(pages)
        #expect(results[0].diagnostics.isEmpty)
        #expect(results[0].html.contains(#"<a href="/b/#%E4%B9%99">乙</a>"#))
        #expect(results[1].diagnostics.map(\.location) == [SourceLocation(file: "policies/b.md", line: 6, column: 17)])
    }
}

@Suite("Markdown: site rendering")
struct MarkdownSiteTests {
    @Test func concurrentRenderingMatchesSequential() {
        let pages = (0..<40).map { i in
            MarkdownPage(
                file: "policies/p\(i).md",
                source: "## 第\(i)节\n\n见 [下一页](p\((i + 1) % 40).md#第\((i + 1) % 40)节) 与 [坏](nope.md)\n\n```table\na,b\n1,2\n```\n",
                firstLine: 3, url: "/p/\(i)/")
        }
        let sequential = MarkdownSite.render(pages)
        let concurrent = MarkdownSite.renderConcurrently(pages)
        #expect(sequential == concurrent)
        #expect(sequential.allSatisfy { $0.diagnostics.count == 1 })
    }
}
