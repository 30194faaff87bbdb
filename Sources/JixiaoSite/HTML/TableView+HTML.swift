import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// The HTML of a table, following the site contract (scripts/verify/CONTRACT.md).
extension TableView {
    /// Most rows shown on a page; the CSV download has every row.
    public static let maxRowsOnPage = 200

    /// `<a class="download" href="…" download="…">text</a>`.
    /// With `inBrowser`, the link carries `data-csv` and points at the table (`#id`); jixiao.js
    /// replaces the target with the CSV made from the table.
    static func downloadLink(_ b: inout HTMLBuilder, href: String, name: String, text: String, inBrowser: Bool = false) {
        b.start("a")
        b.attribute("class", "download")
        b.attribute("href", href)
        b.attribute("download", name)
        if inBrowser { b.attribute("data-csv") }
        b.end()
        b.text(text)
        b.close("a")
    }

    /// Renders the table (tools, filter, sortable table) as HTML, every value escaped.
    func renderHTML(_ loc: Localization) -> String {
        var b = HTMLBuilder(capacity: 256 + rows.count * 160)
        if hasCSV {
            b.open("p", class: "table-tools")
            Self.downloadLink(&b, href: csvHref, name: csvName, text: loc["download_csv"], inBrowser: csvInBrowser)
            if !workbookHref.isEmpty {
                b.raw(" ")
                Self.downloadLink(&b, href: workbookHref, name: workbookName, text: loc["download_xlsx"])
            }
            b.close("p")
            b.raw("\n")
        }
        if isEmpty {
            b.element("p", class: "muted", text: loc.labelled(caption, emptyText))
            b.raw("\n")
            return b.html
        }
        if filterable { filterTools(&b, loc) }
        let shown = min(rows.count, Self.maxRowsOnPage)
        let table = HTMLTable(
            tableClass: compact ? Self.compactClass(headers) : "data", id: id, sortable: true, wrapped: true, lineBreaks: true,
            columns: headers.map { HTMLTable.Column(label: $0.label, numeric: $0.numeric, sortButton: $0.sortable) })
        table.render(into: &b, rows: shown) { b in
            b.text(caption)
            if shown < rows.count {
                b.element("span", class: "muted", text: loc.format("rows_shown", ["shown": "\(shown)", "total": "\(rows.count)"]))
            }
        } row: { i, b in
            for (c, cell) in rows[i].cells.enumerated() {
                let byColumn = compact && c < Self.classedColumns && headers[c].numeric
                HTMLTable.cell(&b, numeric: cell.numeric && !byColumn, style: cell.style, value: sortValue(cell, byColumn: byColumn)) { b in
                    if !cell.links.isEmpty {
                        Self.links(&b, cell.links)
                    } else if cell.hasHref {
                        b.start("a")
                        b.attribute("href", cell.href)
                        if !cell.anchor.isEmpty { b.attribute("id", cell.anchor) }
                        b.end()
                        b.text(cell.text)
                        b.close("a")
                    } else if !cell.anchor.isEmpty {
                        b.start("span")
                        b.attribute("id", cell.anchor)
                        b.end()
                        b.text(cell.text)
                        b.close("span")
                    } else {
                        b.text(cell.text)
                    }
                }
            }
        }
        if Self.hasOverFull(rows.prefix(shown)) {
            b.element("p", class: "muted over-full-note", text: loc["over_full_note"])
            b.raw("\n")
        }
        if shown < rows.count && hasCSV {
            b.element("p", class: "muted", text: loc["table_truncated"])
            b.raw("\n")
        }
        return b.html
    }

    /// Columns that compact tables align by a class on the table (`n1` … `n10` in jixiao.css).
    static let classedColumns = 10

    /// The class of a compact table: `data` and `nK` for each number column K up to ``classedColumns``.
    static func compactClass(_ headers: [Header]) -> String {
        var value = "data"
        for (i, h) in headers.enumerated() where h.numeric && i < classedColumns { value += " n\(i + 1)" }
        return value
    }

    /// A cell's `data-value`: its number; in a compact table only where it differs from the
    /// value the cell's text gives (in a column aligned by class, ``plainValue(_:)`` of the
    /// text, else the text itself), so the CSV made from the table is exact: empty for a
    /// number cell without a value (omitted in a class-aligned column when its text is `—`),
    /// the text for a text cell whose text would read as another value.
    func sortValue(_ cell: Cell, byColumn: Bool) -> String? {
        guard compact else { return cell.hasValue ? cell.value : nil }
        let read = byColumn ? Self.plainValue(cell.text) : cell.text
        guard cell.numeric else { return read == cell.text ? nil : cell.text }
        guard cell.hasValue else { return byColumn && read.isEmpty ? nil : "" }
        return cell.value == read ? nil : cell.value
    }

    /// The value a compact table's cell without `data-value` has in a column aligned by class
    /// (jixiao.js reads it the same way): `—` and no text are no value, a leading `−` is `-`
    /// and a leading `+` is dropped (`+9.82` is 9.82, `−5.63` is -5.63); any other text is itself.
    static func plainValue(_ text: String) -> String {
        if text == "—" { return "" }
        if text.hasPrefix("−") { return "-" + text.dropFirst() }
        if text.hasPrefix("+") { return String(text.dropFirst()) }
        return text
    }

    /// Several links (or texts, where a link has no target) joined by " · ".
    static func links(_ b: inout HTMLBuilder, _ links: [NavLink]) {
        for (i, link) in links.enumerated() {
            if i > 0 { b.raw(" · ") }
            if link.href.isEmpty {
                b.text(link.label)
            } else {
                b.start("a")
                b.attribute("href", link.href)
                b.end()
                b.text(link.label)
                b.close("a")
            }
        }
    }

    /// The filter box of a filterable table and its live status line.
    private func filterTools(_ b: inout HTMLBuilder, _ loc: Localization) {
        let label = loc["filter_table"]
        b.open("p", class: "table-tools")
        b.start("label")
        b.attribute("for", "filter-" + id)
        b.end()
        b.text(label)
        b.close("label")
        b.raw("\n")
        b.start("input")
        b.attribute("type", "search")
        b.attribute("id", "filter-" + id)
        b.attribute("class", "table-filter")
        b.attribute("data-filter-for", id)
        b.attribute("aria-label", label + ": " + caption)
        b.attribute("placeholder", loc["filter_placeholder"])
        b.end()
        b.raw("\n")
        b.start("span")
        b.attribute("class", "muted")
        b.attribute("data-filter-status-for", id)
        b.attribute("aria-live", "polite")
        b.attribute("data-text", loc["filter_status"])
        b.end()
        b.close("span")
        b.close("p")
        b.raw("\n")
    }
}
