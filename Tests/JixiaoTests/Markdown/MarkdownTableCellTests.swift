import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown

/// ```table cells: thousands separators on plain numbers, inline Markdown through libcmark.
@Suite("Markdown table cells")
struct MarkdownTableCellTests {
    @Test func plainNumbersAreGroupedByThousands() {
        #expect(MarkdownTable.grouped("20000") == "20,000")
        #expect(MarkdownTable.grouped("1234567.25") == "1,234,567.25")
        #expect(MarkdownTable.grouped("-1500") == "-1,500")
        #expect(MarkdownTable.grouped("999") == "999")
        #expect(MarkdownTable.grouped("12,000") == "12,000")
        #expect(MarkdownTable.grouped("15%") == "15%")
    }

    @Test func inlineMarkdownInCellsIsRenderedSafely() {
        #expect(MarkdownTable.inlineHTML("**罚款** 50 元") == "<strong>罚款</strong> 50 元")
        #expect(MarkdownTable.inlineHTML("见 [考勤](attendance.md)") == "见 <a href=\"attendance.md\">考勤</a>")
        #expect(MarkdownTable.inlineHTML("`sales`") == "<code>sales</code>")
        #expect(MarkdownTable.inlineHTML("[x](javascript:alert(1))") == "<a href=\"\">x</a>")
        #expect(MarkdownTable.inlineHTML("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownTable.inlineHTML("- 不是列表 *") == "- 不是列表 *")
        #expect(MarkdownTable.inlineHTML("a & b") == "a &amp; b")
        #expect(MarkdownTable.inlineHTML("普通文字") == "普通文字")
    }

    @Test func renderedTableScrollsAndGroupsNumbers() {
        let result = MarkdownTestSupport.render("```table 提成\n销售额,说明\n20000,**超过**部分\n```\n")
        #expect(result.html.hasPrefix("<div class=\"table-wrap\"><table class=\"policy-table\">"))
        #expect(result.html.contains("<td class=\"num\">20,000</td>"))
        #expect(result.html.contains("<td><strong>超过</strong>部分</td>"))
        let long = MarkdownTestSupport.render("```table\na\n" + (1...15).map(String.init).joined(separator: "\n") + "\n```\n")
        #expect(long.html.contains("<table class=\"policy-table long\">"))
    }
}
