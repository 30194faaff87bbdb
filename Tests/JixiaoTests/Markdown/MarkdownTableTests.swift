import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Markdown: CSV tables")
struct MarkdownTableTests {
    @Test func tableWithCaption() {
        let source = """
            ```table 扣分标准
            项目,扣分,说明
            迟到,-2,"每次, 当月累计"
            旷工, 10 ,"他说""不"" 了"
            合计,1,200.50
            ```

            """
        let result = MarkdownTestSupport.render(source)
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.html
                == """
                <div class="table-wrap"><table class="policy-table">
                <caption>扣分标准</caption>
                <thead>
                <tr>
                <th scope="col">项目</th>
                <th scope="col">扣分</th>
                <th scope="col">说明</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>迟到</td>
                <td class="num">-2</td>
                <td>每次, 当月累计</td>
                </tr>
                <tr>
                <td>旷工</td>
                <td class="num">10</td>
                <td>他说"不" 了</td>
                </tr>
                <tr>
                <td>合计</td>
                <td class="num">1</td>
                <td class="num">200.50</td>
                </tr>
                </tbody>
                </table></div>

                """.replacingOccurrences(of: #"<td>他说"不" 了</td>"#, with: "<td>他说&quot;不&quot; 了</td>"))
    }

    @Test func tableWithoutCaptionAndParagraphAround() {
        let result = MarkdownTestSupport.render("前文\n\n```table\na,b\n1,x\n```\n\n后文\n")
        #expect(
            result.html == """
                <p>前文</p>
                <div class="table-wrap"><table class="policy-table">
                <thead>
                <tr>
                <th scope="col">a</th>
                <th scope="col">b</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td class="num">1</td>
                <td>x</td>
                </tr>
                </tbody>
                </table></div>
                <p>后文</p>

                """)
    }

    @Test func tableParsedRecord() {
        let document = MarkdownDocument.parse(source: "说明\n\n```table 等级\n等级,分数\nA,90\n\nB,80\n```\n", file: "p.md", firstLine: 6)
        #expect(document.tables == [MarkdownTable(caption: "等级", header: ["等级", "分数"], rows: [["A", "90"], ["B", "80"]], line: 8)])
    }

    @Test func wrongCellCountIsAnErrorAtTheRowLine() {
        let source = "# 标题\n\n```table\n项目,分值\n迟到,1\n早退,1,多余\n旷工\n```\n"
        let result = MarkdownTestSupport.render(source, file: "policies/kq.md", firstLine: 10)
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
        #expect(
            result.diagnostics.map(\.location) == [
                SourceLocation(file: "policies/kq.md", line: 15),
                SourceLocation(file: "policies/kq.md", line: 16),
            ])
        #expect(result.diagnostics[0].message == "table row has 3 cells but the header has 2")
        #expect(result.diagnostics[1].message == "table row has 1 cell but the header has 2")
        // The page still renders, with rows fitted to the header.
        #expect(result.html.contains("<td>早退</td>\n<td class=\"num\">1</td>\n</tr>"))
        #expect(result.html.contains("<td>旷工</td>\n<td></td>\n</tr>"))
    }

    @Test("table blocks use the content's CSV reader: its messages, at the file line and column")
    func tableQuoteErrorsComeFromTheSharedReader() {
        // Fence on file line 12 (firstLine 10 + 2), so the body starts on line 13.
        let source = "# 标题\n\n```table\n项目,分值\n迟到,\"1\" 分\n早退,1\n旷工,\"3\n```\n"
        let result = MarkdownTestSupport.render(source, file: "policies/kq.md", firstLine: 10)
        #expect(
            result.diagnostics.map(\.location) == [
                SourceLocation(file: "policies/kq.md", line: 14, column: 8),
                SourceLocation(file: "policies/kq.md", line: 16, column: 4),
            ])
        #expect(result.diagnostics[0].message.hasPrefix("unexpected text after the closing quote of a field"))
        #expect(result.diagnostics[1].message.hasPrefix("unbalanced quote"))
        // The good row stays.
        #expect(result.html.contains("<td>早退</td>"))
    }

    @Test func multiLineQuotedCellKeepsRowLines() {
        let source = "```table\na,b\n\"x\ny\",1\nz\n```\n"
        let result = MarkdownTestSupport.render(source, firstLine: 1)
        #expect(result.diagnostics.map(\.location.line) == [5])
        #expect(result.html.contains("<td>x\ny</td>"))
    }

    @Test func unclosedQuoteIsAnError() {
        let result = MarkdownTestSupport.render("```table\na,b\n\"x,1\n```\n")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.line == 3 && $0.message.contains("quote") })
    }

    @Test func emptyTableIsAnError() {
        let result = MarkdownTestSupport.render("```table\n```\n", firstLine: 3)
        #expect(result.diagnostics.map(\.location.line) == [3])
    }

    @Test(arguments: ["1", "-5", "+3", "0.5", "12.5%", "1,200", "1,234,567.89", "−2"])
    func numericCells(_ text: String) {
        #expect(MarkdownTable.isNumeric(text))
    }

    @Test(arguments: ["", "-", "1,2", "12,34", "1.", ".5", "1a", "A", "90-100", "1,2345", "一"])
    func nonNumericCells(_ text: String) {
        #expect(!MarkdownTable.isNumeric(text))
    }

    @Test func pipeTableGetsAWarningAtItsLine() {
        let source = "说明如下：\n\n| 项目 | 分值 |\n|------|-----:|\n| 迟到 | 2 |\n\n> | a | b |\n> | :-- | --- |\n"
        let result = MarkdownTestSupport.render(source, file: "policies/x.md", firstLine: 4)
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(
            result.diagnostics.map(\.location) == [
                SourceLocation(file: "policies/x.md", line: 6),
                SourceLocation(file: "policies/x.md", line: 10),
            ])
        #expect(result.diagnostics[0].fix?.contains("```table") == true)
    }

    @Test func pipesWithoutDelimiterRowAreFine() {
        let result = MarkdownTestSupport.render("a | b\nc | d\n\n|x|\n")
        #expect(result.diagnostics.isEmpty)
    }
}
