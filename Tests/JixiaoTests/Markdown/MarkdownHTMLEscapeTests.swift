import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Markdown: HTMLEscape")
struct MarkdownHTMLEscapeTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscape.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLEscape.escape("病假 sick leave 100%") == "病假 sick leave 100%")
        #expect(HTMLEscape.escape("") == "")
    }
}
