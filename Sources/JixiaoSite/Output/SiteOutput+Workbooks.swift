import Foundation
import JixiaoExcel

extension SiteOutput {
    /// `period-2026-11-ranking.csv` → `period-2026-11-ranking.xlsx`.
    static func workbookName(_ csvName: String) -> String { TableView.workbookFileName(csvName) }

    /// Writes each table of a page whose download is a file: `downloads/NAME` as CSV and,
    /// when `workbooks` is on, `downloads/NAME.xlsx` beside it (also for a table whose CSV
    /// jixiao.js makes from the page but which offers a workbook).
    func writeDownloads(_ tables: [(String, TableView)], workbooks: Bool) throws {
        try writeDownloads(tables)
        guard workbooks else { return }
        for (name, table) in tables where table.hasCSV && (!table.csvInline || !table.workbookHref.isEmpty) {
            let sheet = table.workbookSheet(name: table.caption.isEmpty ? "Sheet1" : table.caption)
            try write("downloads/" + Self.workbookName(name), try XLSXWriter().write([sheet]))
        }
    }

    /// Writes a month's payroll as `path` (CSV) and, when `workbooks` is on, as `.xlsx` beside it.
    func writePayroll(_ path: String, _ csv: String, workbooks: Bool) throws {
        try write(path, csv)
        guard workbooks else { return }
        let name = String(path.split(separator: "/").last ?? "payroll").dropLast(4)
        try write(Self.workbookName(path), try XLSXWriter().write([TableView.payrollSheet(csv: csv, name: String(name))]))
    }
}
