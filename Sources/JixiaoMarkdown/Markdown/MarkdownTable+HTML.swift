import CMark
import JixiaoCore
extension MarkdownTable {
    /// The accessible HTML table, in `<div class="table-wrap">` (scrolls sideways on narrow
    /// screens), with class `policy-table` (`long` from 15 body rows: sticky header): `<caption>` when given, header cells with `scope="col"`,
    /// numeric cells with `class="num"` (plain numbers grouped by thousands); cells with
    /// inline Markdown (bold, links, code) rendered by libcmark in safe mode; other text escaped.
    public var html: String {
        var out = "<div class=\"table-wrap\"><table class=\"policy-table\(rows.count >= 15 ? " long" : "")\">\n"
        if let caption, !caption.isEmpty {
            out += "<caption>\(HTMLEscape.escape(caption))</caption>\n"
        }
        out += "<thead>\n<tr>\n"
        for cell in header {
            out += "<th scope=\"col\">\(MarkdownTable.inlineHTML(cell))</th>\n"
        }
        out += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            out += "<tbody>\n"
            for row in rows {
                out += "<tr>\n"
                for cell in row {
                    out +=
                        MarkdownTable.isNumeric(cell)
                        ? "<td class=\"num\">\(HTMLEscape.escape(MarkdownTable.grouped(cell)))</td>\n"
                        : "<td>\(MarkdownTable.inlineHTML(cell))</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>"
        return out
    }

    /// A plain number with its integer part grouped by thousands ("20000.5" → "20,000.5");
    /// numbers already grouped, and anything else, are returned as written.
    package static func grouped(_ cell: String) -> String {
        guard !cell.contains(",") else { return cell }
        var rest = Substring(cell)
        var sign = ""
        if let first = rest.first, first == "+" || first == "-" || first == "\u{2212}" { sign = String(first); rest = rest.dropFirst() }
        let integer = rest.prefix { $0.isASCII && $0.isNumber }
        guard integer.count > 3 else { return cell }
        var digits = Array(integer)
        var out: [Character] = []
        while digits.count > 3 {
            out.insert(contentsOf: [","] + digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        return sign + String(digits + out) + rest.dropFirst(integer.count)
    }

    /// The HTML of a cell's text: inline Markdown through libcmark (safe mode: raw HTML and
    /// unsafe link schemes removed) when the text has Markdown punctuation and renders as a
    /// single paragraph; the escaped text otherwise.
    static func inlineHTML(_ cell: String) -> String {
        guard cell.contains(where: { "*_`[<&\\".contains($0) }),
            let pointer = cell.withCString({ cmark_markdown_to_html($0, cell.utf8.count, MarkdownDocument.cmarkOptions) })
        else {
            return HTMLEscape.escape(cell)
        }
        defer { cmark_get_default_mem_allocator().pointee.free(pointer) }
        let html = String(cString: pointer)
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return HTMLEscape.escape(cell) }
        let inner = html.dropFirst(3).dropLast(5)
        guard !inner.contains("<p>"), !inner.contains("<!-- raw HTML omitted -->") else { return HTMLEscape.escape(cell) }
        return String(inner)
    }
}
