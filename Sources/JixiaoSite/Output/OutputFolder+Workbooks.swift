import Foundation
import JixiaoExcel

extension OutputFolder {
    /// `period-2026-11-ranking.csv` → `period-2026-11-ranking.xlsx`.
    static func workbookName(_ csvName: String) -> String {
        (csvName.hasSuffix(".csv") ? String(csvName.dropLast(4)) : csvName) + ".xlsx"
    }

    /// When workbooks are on, writes a table download also as `downloads/NAME.xlsx`.
    func writeWorkbook(_ name: String, _ table: TableView) throws {
        guard workbooks else { return }
        let sheet = table.workbookSheet(name: table.caption.isEmpty ? "Sheet1" : table.caption)
        try write("downloads/" + Self.workbookName(name), try XLSXWriter().write([sheet]))
    }

    /// Writes a month's payroll as `path` (CSV) and, when workbooks are on, as `.xlsx` beside it.
    func writePayroll(_ path: String, _ csv: String) throws {
        try write(path, csv)
        guard workbooks else { return }
        let name = String(path.split(separator: "/").last ?? "payroll").dropLast(4)
        try write(Self.workbookName(path), try XLSXWriter().write([TableView.payrollSheet(csv: csv, name: String(name))]))
    }
}
