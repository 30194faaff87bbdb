import JixiaoCore
/// CSV downloads made in the browser from the table on the page (issue 14, output size).
extension TableView {
    /// Makes the CSV download the table itself: the link carries `data-csv` and points at the
    /// table (`#id`); jixiao.js makes the CSV from the table when the page loads.
    mutating func inBrowser() {
        csvInBrowser = true
        csvInline = true
        csvHref = "#" + id
    }

    /// Offers the Excel workbook beside the CSV download: `downloads/NAME.xlsx` (written by the build).
    mutating func addWorkbook(_ csvHref: String) {
        workbookHref = Self.workbookFileName(csvHref)
        workbookName = Self.workbookFileName(csvName)
    }

    /// Whether jixiao.js, reading each cell of the rendered table by its rule (`data-value`
    /// where the cell has one, else its text; in a compact table's class-aligned number column
    /// the text read as a number), gives exactly each cell's CSV text. Only the cells are
    /// checked: both the browser and the written CSV take the header row from the labels.
    var browserCSVIsExact: Bool {
        for row in rows {
            for (c, cell) in row.cells.enumerated() where browserValue(cell, column: c) != cell.csv { return false }
        }
        return true
    }

    /// The value jixiao.js reads from a rendered cell (``sortValue(_:byColumn:)``, else its text).
    func browserValue(_ cell: Cell, column c: Int) -> String {
        let byColumn = compact && c < Self.classedColumns && c < headers.count && headers[c].numeric
        if let value = sortValue(cell, byColumn: byColumn) { return value }
        let text = cell.links.isEmpty ? cell.text : cell.links.map(\.label).joined(separator: " · ")
        return byColumn ? Self.plainValue(text) : text
    }
}
