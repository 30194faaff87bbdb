import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// The HTML of a table, following the site contract (scripts/verify/CONTRACT.md).
extension TableView {
    /// Most rows shown on a page; the CSV download has every row.
    public static let maxRowsOnPage = 200

    /// Renders the table (tools, filter, sortable table) as HTML, every value escaped.
    func renderHTML(t: [String: String]) -> String {
        func esc(_ s: String) -> String { HTMLEscape.escape(s) }
        var html = ""
        html.reserveCapacity(256 + rows.count * 160)
        if hasCSV {
            html += "<p class=\"table-tools\"><a class=\"download\" href=\"\(esc(csvHref))\" download=\"\(esc(csvName))\">\(esc(t["download_csv"] ?? ""))</a></p>\n"
        }
        if isEmpty {
            return html + "<p class=\"muted\">\(esc(caption))：\(esc(emptyText))</p>\n"
        }
        if filterable {
            let label = esc(t["filter_table"] ?? "")
            html += "<p class=\"table-tools\"><label for=\"filter-\(esc(id))\">\(label)</label>\n"
            html += "<input type=\"search\" id=\"filter-\(esc(id))\" class=\"table-filter\" data-filter-for=\"\(esc(id))\" aria-label=\"\(label): \(esc(caption))\" placeholder=\"\(esc(t["filter_placeholder"] ?? ""))\">\n"
            html += "<span class=\"muted\" data-filter-status-for=\"\(esc(id))\" aria-live=\"polite\"></span></p>\n"
        }
        let shown = min(rows.count, Self.maxRowsOnPage)
        var caption = esc(self.caption)
        if shown < rows.count {
            caption += "<span class=\"muted\">（\(shown) / \(rows.count)）</span>"
        }
        html += "<div class=\"table-wrap\">\n<table class=\"data\" id=\"\(esc(id))\" data-sortable>\n<caption>\(caption)</caption>\n<thead><tr>"
        for h in headers {
            html += h.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            html += h.sortable ? "<button type=\"button\" class=\"sort\">\(esc(h.label))</button></th>" : "\(esc(h.label))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows.prefix(shown) {
            html += "<tr>"
            for cell in row.cells {
                var cls = cell.numeric ? "num" : ""
                if !cell.style.isEmpty { cls += cls.isEmpty ? cell.style : " " + cell.style }
                html += cls.isEmpty ? "<td" : "<td class=\"\(cls)\""
                if cell.hasValue { html += " data-value=\"\(esc(cell.value))\"" }
                html += ">"
                html += cell.hasHref ? "<a href=\"\(esc(cell.href))\">\(esc(cell.text))</a>" : esc(cell.text)
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if shown < rows.count && hasCSV {
            html += "<p class=\"muted\">\(esc(t["table_truncated"] ?? ""))</p>\n"
        }
        return html
    }
}
