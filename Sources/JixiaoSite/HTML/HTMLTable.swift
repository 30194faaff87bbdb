/// The site's one table renderer, used by data tables (``TableView``), the rule tables of
/// policy pages and the number tables under charts:
///
///     <div class="table-wrap"><table class="…" id="…" data-sortable><caption>…</caption>
///     <thead><tr><th scope="col" class="num">…</th>…</tr></thead>
///     <tbody><tr><td class="num" data-value="…">…</td>…</tr>…</tbody></table></div>
///
/// with a line break after each structural tag when ``lineBreaks`` is set. Everything goes
/// through ``HTMLBuilder``; cell contents are written by the caller into the same builder.
struct HTMLTable {
    /// One header cell.
    struct Column {
        /// The label (escaped).
        var label: String
        /// Right-aligned number column (`class="num"`).
        var numeric: Bool
        /// Whether the label is a sort button.
        var sortButton: Bool = false
    }

    /// The table's `class`.
    var tableClass: String
    /// The table's `id` (none when `nil`).
    var id: String? = nil
    /// Whether the table carries `data-sortable`.
    var sortable = false
    /// Whether the table is wrapped in `<div class="table-wrap">` (horizontal scrolling).
    var wrapped = true
    /// Whether structural tags are followed by a line break.
    var lineBreaks = false
    /// The header cells.
    var columns: [Column]

    /// Writes the table: `caption` writes the caption's content, `row` the cells of row `i`
    /// (with ``cell(_:numeric:style:value:content:)``).
    func render(into b: inout HTMLBuilder, rows: Int, caption: (inout HTMLBuilder) -> Void, row: (Int, inout HTMLBuilder) -> Void) {
        let br = lineBreaks ? "\n" : ""
        if wrapped {
            b.open("div", class: "table-wrap")
            b.raw(br)
        }
        b.start("table")
        b.attribute("class", tableClass)
        if let id { b.attribute("id", id) }
        if sortable { b.attribute("data-sortable") }
        b.end()
        b.raw(br)
        b.open("caption")
        caption(&b)
        b.close("caption")
        b.raw(br)
        b.open("thead")
        b.open("tr")
        for column in columns {
            b.start("th")
            b.attribute("scope", "col")
            if column.numeric { b.attribute("class", "num") }
            b.end()
            if column.sortButton {
                b.start("button")
                b.attribute("type", "button")
                b.attribute("class", "sort")
                b.end()
                b.text(column.label)
                b.close("button")
            } else {
                b.text(column.label)
            }
            b.close("th")
        }
        b.close("tr")
        b.close("thead")
        b.raw(br)
        b.open("tbody")
        b.raw(br)
        for i in 0..<rows {
            b.open("tr")
            row(i, &b)
            b.close("tr")
            b.raw(br)
        }
        b.close("tbody")
        b.raw(br)
        b.close("table")
        b.raw(br)
        if wrapped {
            b.close("div")
            b.raw(br)
        }
    }

    /// One body cell: `<td class="num STYLE" data-value="…">content</td>`.
    static func cell(_ b: inout HTMLBuilder, numeric: Bool, style: String = "", value: String? = nil, content: (inout HTMLBuilder) -> Void)
    {
        b.start("td")
        if numeric || !style.isEmpty {
            b.attribute("class", numeric ? (style.isEmpty ? "num" : "num " + style) : style)
        }
        if let value { b.attribute("data-value", value) }
        b.end()
        content(&b)
        b.close("td")
    }
}
