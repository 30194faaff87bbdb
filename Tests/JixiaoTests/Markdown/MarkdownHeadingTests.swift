import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Markdown: headings and table of contents")
struct MarkdownHeadingTests {
    @Test func headingGetsIDAndAnchor() {
        let result = MarkdownTestSupport.render("## 3.1 病假（Sick *Leave*）\n")
        #expect(
            result.html == """
                <h2 id="3-1-病假-sick-leave">3.1 病假（Sick <em>Leave</em>） <a class="anchor" href="#3-1-病假-sick-leave" aria-label="本节链接：3.1 病假（Sick Leave）">#</a></h2>

                """)
    }

    @Test func repeatedHeadingsGetSuffixes() {
        let result = MarkdownTestSupport.render("## 概述\n\n## 概述\n\n概述\n---\n")
        #expect(result.headings.map(\.id) == ["概述", "概述-1", "概述-2"])
        #expect(result.html.contains(##"<h2 id="概述-2">概述 <a class="anchor" href="#概述-2""##))
    }

    @Test func headingListHasLevelTextIDAndFileLine() {
        let source = "# 标题\n\n正文\n\n## 第一章 总则\n\n### 1.1 目的\n"
        let result = MarkdownTestSupport.render(source, firstLine: 8)
        #expect(
            result.headings == [
                MarkdownHeading(level: 1, text: "标题", id: "标题", line: 8),
                MarkdownHeading(level: 2, text: "第一章 总则", id: "第一章-总则", line: 12),
                MarkdownHeading(level: 3, text: "1.1 目的", id: "1-1-目的", line: 14),
            ])
    }

    @Test func tableOfContentsNestsH2AndH3() {
        let source = "# 页标题\n\n## 一、总则\n\n### 目的\n\n### 范围\n\n## 二、考核\n\n#### 不列入\n\n## 三、附则\n"
        let result = MarkdownTestSupport.render(source)
        #expect(
            result.tocHTML == """
                <ul class="toc">
                <li><a href="#一-总则">一、总则</a>
                <ul>
                <li><a href="#目的">目的</a></li>
                <li><a href="#范围">范围</a></li>
                </ul>
                </li>
                <li><a href="#二-考核">二、考核</a></li>
                <li><a href="#三-附则">三、附则</a></li>
                </ul>

                """)
    }

    @Test func tableOfContentsStartingWithH3() {
        let result = MarkdownTestSupport.render("### 甲\n\n## 乙\n\n### 丙\n")
        #expect(
            result.tocHTML == """
                <ul class="toc">
                <li><a href="#甲">甲</a></li>
                <li><a href="#乙">乙</a>
                <ul>
                <li><a href="#丙">丙</a></li>
                </ul>
                </li>
                </ul>

                """)
    }

    @Test func noTableOfContentsWithoutH2() {
        #expect(MarkdownTestSupport.render("# 只有标题\n\n正文\n").tocHTML == "")
    }

    @Test func headingTextIsEscapedEverywhere() {
        let result = MarkdownTestSupport.render(#"## 规则 \<b> "引号" & 'x'"# + "\n")
        let heading = result.headings[0]
        #expect(heading.text == #"规则 <b> “引号” & ‘x’"#)
        #expect(heading.id == "规则-b-引号-x")
        #expect(
            result.html == """
                <h2 id="规则-b-引号-x">规则 &lt;b&gt; “引号” &amp; ‘x’ <a class="anchor" href="#规则-b-引号-x" aria-label="本节链接：规则 &lt;b&gt; “引号” &amp; ‘x’">#</a></h2>

                """)
        #expect(result.tocHTML.contains(##"<li><a href="#规则-b-引号-x">规则 &lt;b&gt; “引号” &amp; ‘x’</a></li>"##))
    }

    @Test func anchorsCanBeTurnedOff() {
        let result = MarkdownTestSupport.render("## 病假\n", options: MarkdownOptions(headingAnchors: false))
        #expect(result.html == "<h2>病假</h2>\n")
        #expect(result.headings.map(\.id) == ["病假"])
    }
}
