import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Markdown: directives")
struct MarkdownDirectiveTests {
    @Test func directiveIsReplacedByCallerHTML() {
        let source = "前文\n\n```jixiao scorecard 物流部 \"月度 考核\"\n```\n\n后文\n"
        let document = MarkdownDocument.parse(source: source, file: "policies/a.md", firstLine: 7)
        var seen: [MarkdownDirective] = []
        let result = document.render(directives: { directive in
            seen.append(directive)
            return .success("<div class=\"scorecard\"><table></table></div>")
        })
        #expect(result.html == "<p>前文</p>\n<div class=\"scorecard\"><table></table></div>\n<p>后文</p>\n")
        #expect(seen.count == 1)
        #expect(seen[0].name == "scorecard")
        #expect(seen[0].arguments == "物流部 \"月度 考核\"")
        #expect(seen[0].words == ["物流部", "月度 考核"])
        #expect(seen[0].location == SourceLocation(file: "policies/a.md", line: 9))
        #expect(result.usedDirective("scorecard"))
        #expect(!result.usedDirective("grades"))
        #expect(result.directiveNames == ["scorecard"])
        #expect(document.directives.map(\.name) == ["scorecard"])
    }

    @Test func directiveBodyIsPassed() {
        let document = MarkdownDocument.parse(source: "```jixiao grades\nA: 90\n```\n", file: "a.md")
        #expect(document.directives.first?.body == "A: 90\n")
        #expect(document.directives.first?.arguments == "")
    }

    @Test func failingDirectiveReportsItsDiagnosticAndRendersNothing() {
        let document = MarkdownDocument.parse(source: "```jixiao nosuch x\n```\n", file: "a.md", firstLine: 3)
        let result = document.render()
        #expect(result.html == "")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].message == "unknown directive \"nosuch\"")
        #expect(result.diagnostics[0].location == SourceLocation(file: "a.md", line: 3))
        #expect(result.usedDirective("nosuch"))
    }

    @Test func directiveWithoutNameIsAnError() {
        let result = MarkdownTestSupport.render("```jixiao\n```\n")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.directives.isEmpty)
    }

    @Test func renderingTwiceGivesTheSameHTML() {
        let document = MarkdownDocument.parse(source: "```jixiao grades\n```\n", file: "a.md")
        let first = document.render(directives: { _ in .success("<p>一</p>") })
        let second = document.render(directives: { _ in .success("<p>二</p>") })
        let third = document.render(directives: { _ in .success("<p>一</p>") })
        #expect(first.html == "<p>一</p>\n")
        #expect(second.html == "<p>二</p>\n")
        #expect(third.html == first.html)
    }

    @Test func otherCodeBlocksAreUntouched() {
        let result = MarkdownTestSupport.render("```yaml\na: 1\n```\n\n```tables\nx\n```\n")
        #expect(
            result.html == "<pre><code class=\"language-yaml\">a: 1\n</code></pre>\n<pre><code class=\"language-tables\">x\n</code></pre>\n"
        )
    }
}
