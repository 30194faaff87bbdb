import JixiaoCore
extension MarkdownTable {
    /// The accessible HTML table: `<caption>` when given, header cells with `scope="col"`,
    /// numeric cells with `class="num"`; all text escaped.
    public var html: String {
        var out = "<table>\n"
        if let caption, !caption.isEmpty {
            out += "<caption>\(HTMLEscape.escape(caption))</caption>\n"
        }
        out += "<thead>\n<tr>\n"
        for cell in header {
            out += "<th scope=\"col\">\(HTMLEscape.escape(cell))</th>\n"
        }
        out += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            out += "<tbody>\n"
            for row in rows {
                out += "<tr>\n"
                for cell in row {
                    out += MarkdownTable.isNumeric(cell)
                        ? "<td class=\"num\">\(HTMLEscape.escape(cell))</td>\n"
                        : "<td>\(HTMLEscape.escape(cell))</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>"
        return out
    }
}
