import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// Issue 14 (smaller output): person pages' compact tables — number columns aligned by a class
/// on the table, `data-value` only where it differs from the text, the CSV download made in
/// the browser from the table (jixiao.js) in the bytes the generator would write.
@Suite("Compact tables")
struct CompactTableTests {
    /// The CSV that jixiao.js makes from a compact table's HTML: header texts, then each body
    /// cell's `data-value` where it has one, else its text — in a column the table aligns by
    /// class (`nK`), read as a number (`TableView.plainValue`) — (the same rule, in Swift).
    static func csvFromHTML(_ html: String) throws -> String {
        func texts(_ pattern: String, in text: String) throws -> [String] {
            let re = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
                Range(m.range(at: 1), in: text).map { String(text[$0]) }
            }
        }
        func plain(_ inner: String) -> String {
            inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        let classes = try texts("<table class=\"([^\"]*)\"", in: html).first?.split(separator: " ").map(String.init) ?? []
        func value(_ cell: String, column: Int) throws -> String {
            let open = String(cell.prefix { $0 != ">" })
            if let v = try texts("data-value=\"([^\"]*)\"", in: open).first { return plain(v) }
            let text = plain(String(cell.drop { $0 != ">" }.dropFirst()))
            return classes.contains("n\(column + 1)") ? TableView.plainValue(text) : text
        }
        var out = "\u{FEFF}"
        CSVWriter.append(try texts("<th[^>]*>(.*?)</th>", in: html).map(plain), to: &out)
        for row in try texts("<tr>(<td.*?)</tr>", in: html) {
            CSVWriter.append(try texts("<td(.*?)</td>", in: row).enumerated().map { try value($1, column: $0) }, to: &out)
        }
        return out
    }

    static let loc = Localization(locale: "zh-CN", strings: ["download_csv": "下载 CSV"])

    static func table(_ rows: [[TableView.Cell]]) -> TableView {
        var t = TableView(
            id: "history", caption: "历史", headers: [
                .init(label: "月份", numeric: false, sortable: true), .init(label: "得分", numeric: true, sortable: true),
                .init(label: "变化", numeric: true, sortable: true), .init(label: "排名", numeric: false, sortable: false),
            ], rows: rows.map { TableView.Row(cells: $0) }, csvHref: "#history", hasCSV: true, filterable: false, emptyText: "",
            isEmpty: rows.isEmpty)
        t.compact = true
        t.csvInBrowser = true
        t.csvName = "person-e1-history.csv"
        return t
    }

    @Test("a compact table carries every CSV value: data-value only where the text reads otherwise, none for — in a number column")
    func csvFromMarkup() throws {
        var ranked = TableView.Cell.text("3/9 · 1/2")
        ranked.links = [NavLink(label: "3/9", href: "../a.html"), NavLink(label: "1/2", href: "")]
        var month = TableView.Cell.text("2026年11月", href: "../2026/11/index.html")
        month.anchor = "m-2026-11"
        let t = Self.table([
            [month, .number("85.07", value: DecimalNumber(parsing: "85.074")), .number("−3.6", value: DecimalNumber(parsing: "-3.5995"), style: "bad"), ranked],
            [.text("=SUM(A1)"), .number("82", value: DecimalNumber(82)), .number("—", value: nil, style: "muted"), .text("a \"b\", c")],
            [.text("-12.5"), .number("1", value: DecimalNumber(1)), .number("0", value: .zero), .text("—", style: "muted")],
            [.text("2026年1月"), .text("+5"), .number("+9.82", value: DecimalNumber(parsing: "9.82"), style: "good"), .text("+1")],
            [.text("2026年2月"), .text("—"), .number("−6.2", value: DecimalNumber(parsing: "-6.2"), style: "bad"), .text("−")],
        ])
        let html = t.renderHTML(Self.loc)
        // 85.074 shown as 85.07 keeps its value; 82 and 1 are their own text; no value is "".
        #expect(html.contains("<table class=\"data n2 n3\" id=\"history\" data-sortable>"))
        #expect(html.contains("<td data-value=\"85.074\">85.07</td><td class=\"bad\" data-value=\"-3.5995\">−3.6</td>"))
        // A number column's — is no value, and a change's − and + read as its sign (no
        // data-value); a text cell there that would read otherwise keeps its text as data-value.
        #expect(html.contains("<td>82</td><td class=\"muted\">—</td>"))
        #expect(html.contains("<td>1</td><td>0</td>"))
        #expect(html.contains("<td data-value=\"+5\">+5</td><td class=\"good\">+9.82</td><td>+1</td>"))
        #expect(html.contains("<td data-value=\"—\">—</td><td class=\"bad\">−6.2</td><td>−</td>"))
        #expect(html.contains("<a class=\"download\" href=\"#history\" download=\"person-e1-history.csv\" data-csv>下载 CSV</a>"))
        let expected = SiteContext.csv(of: t)
        #expect(try Self.csvFromHTML(html) == expected)
        // The generator's bytes: BOM, CRLF, quoting, a formula neutralised, a plain negative number kept.
        #expect(expected.hasPrefix("\u{FEFF}月份,得分,变化,排名\r\n2026年11月,85.074,-3.5995,3/9 · 1/2\r\n"))
        #expect(expected.contains("\r\n'=SUM(A1),82,,\"a \"\"b\"\", c\"\r\n-12.5,1,0,—\r\n2026年1月,'+5,9.82,'+1\r\n2026年2月,—,-6.2,−\r\n"))
    }

    @Test("person pages: compact history, items and pay tables whose CSV the browser makes; dots, not circles")
    func personPage() throws {
        let site = try DashboardTests.managers.get()
        let page = try #require(site.text("people/e0304.html"))
        // The history of someone who never moved has no department column (the caption names it):
        // its number columns are score, coefficient, change and moving average (2, 4, 5, 6).
        #expect(page.contains("<table class=\"data n2 n4 n5 n6\" id=\"history\" data-sortable>"))
        #expect(page.contains("<caption>历史成绩 · 钟浩宇 · 电商运营部</caption>"))
        #expect(page.contains("href=\"#history\" download=\"person-e0304-history.csv\" data-csv>"))
        #expect(page.contains("href=\"#pay\" download=\"person-e0304-pay.csv\" data-csv>"))
        #expect(!page.contains("data:text/csv"))
        #expect(!page.contains("<circle") && page.contains("<path class=\"dots\" d=\"M56 "))
        #expect(!page.contains("<td class=\"num"))
        // No person page writes a CSV file.
        #expect(!site.files.keys.contains { $0.hasPrefix("downloads/person-") })
    }
}
