import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A data table: sortable, filterable, downloadable as CSV.
public struct TableView: Sendable {
    /// One header cell.
    public struct Header: Sendable {
        /// Label.
        public var label: String
        /// Numeric column (right-aligned, sorted by value).
        public var numeric: Bool
        /// Whether it has a sort button.
        public var sortable: Bool
    }

    /// One body cell.
    public struct Cell: Sendable {
        /// Visible text.
        public var text: String
        /// Link ("" when none).
        public var href: String
        /// Whether the cell links somewhere.
        public var hasHref: Bool
        /// Sort value for numeric cells (plain number; "" when none).
        public var value: String
        /// Whether the cell has a sort value.
        public var hasValue: Bool
        /// Numeric cell.
        public var numeric: Bool
        /// Extra CSS class (e.g. `good`, `bad`, `muted`).
        public var style: String
        /// Text for the CSV download (defaults to the visible text).
        public var csv: String
        /// Element id of the cell's text, so other pages can link to its row ("" when none).
        public var anchor: String = ""
        /// Several links in one cell, joined by " · " (replaces `text` and `href` when not empty).
        public var links: [NavLink] = []

        /// A text cell.
        public static func text(_ text: String, href: String? = nil, style: String = "") -> Cell {
            Cell(text: text, href: href ?? "", hasHref: href != nil, value: "", hasValue: false, numeric: false, style: style, csv: text)
        }

        /// A number cell.
        public static func number(_ text: String, value: DecimalNumber?, style: String = "") -> Cell {
            Cell(
                text: text, href: "", hasHref: false, value: value?.plainText ?? "", hasValue: value != nil, numeric: true, style: style,
                csv: value?.plainText ?? "")
        }
    }

    /// One body row.
    public struct Row: Sendable {
        /// Cells, one per header.
        public var cells: [Cell]
    }

    /// Element id (unique on the page).
    public var id: String
    /// Caption.
    public var caption: String
    /// Header cells.
    public var headers: [Header]
    /// Rows.
    public var rows: [Row]
    /// Link to the CSV download ("" when none).
    public var csvHref: String
    /// Whether there is a CSV download.
    public var hasCSV: Bool
    /// Whether a filter box is shown.
    public var filterable: Bool
    /// Text when there are no rows.
    public var emptyText: String

    /// Whether there are no rows (stored: templates cannot see computed properties).
    public var isEmpty: Bool
    /// The table's HTML, made by the generator (tables can have thousands of rows, and
    /// string building is far faster than a template per cell). Follows CONTRACT.md.
    public var html: String = ""
    /// Rows shown on the page (the CSV download always has them all).
    public var shownRows: Int = 0
    /// The file name offered for the CSV download (`download="…"`).
    public var csvName: String = ""
    /// Whether the CSV is embedded in the page — in the link as a `data:` URL (small tables),
    /// or built in the browser from the table (``csvInBrowser``) — instead of being a file in
    /// `downloads/`: thousands of person pages then need no extra files.
    public var csvInline: Bool = false
    /// Link to the Excel workbook beside a CSV download file ("" when none: the build writes no
    /// workbooks, or the CSV is embedded in the page).
    public var workbookHref: String = ""
    /// The file name offered for the workbook download.
    public var workbookName: String = ""
    /// The CSV text of a table whose download is a file (written by the build).
    public var csvText: String = ""
    /// Compact markup for tables repeated on thousands of pages (a person's history, items
    /// and pay): number columns aligned by classes on the table (`n3` for the third column)
    /// instead of a class per cell, `data-value` only where it differs from the cell's text
    /// (empty for a number cell without a value), and the CSV download made in the browser
    /// by jixiao.js from the table itself (the link's `data-csv`) when every row is shown.
    public var compact: Bool = false
    /// Whether the CSV download is built in the browser from the table (compact tables
    /// whose rows are all on the page); the link then points at the table without JavaScript.
    public var csvInBrowser: Bool = false

    /// The workbook beside a CSV file or link: `…/period-2026-11-ranking.csv` →
    /// `…/period-2026-11-ranking.xlsx`.
    static func workbookFileName(_ csv: String) -> String {
        (csv.hasSuffix(".csv") ? String(csv.dropLast(4)) : csv) + ".xlsx"
    }

    /// CSV texts up to this many bytes are embedded in the page's download link.
    public static let inlineCSVLimit = 4096
}
