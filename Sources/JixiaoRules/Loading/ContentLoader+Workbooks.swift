import Foundation
import JixiaoCore
import JixiaoExcel

extension ContentLoader {
    /// Whether a file in a data folder is read as a table: `.csv`, or an `.xlsx` workbook
    /// (not Excel's `~$` lock file).
    static func isTableFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".csv") || (lower.hasSuffix(".xlsx") && !name.hasPrefix("~$"))
    }

    /// The file that holds the table `base` (`employees`): `employees.csv` when it exists,
    /// else `employees.xlsx` when that exists, else `employees.csv`.
    func tableFile(_ base: String) -> String {
        !fileSystem.fileExists(base + ".csv") && fileSystem.fileExists(base + ".xlsx") ? base + ".xlsx" : base + ".csv"
    }

    /// A workbook beside a CSV file for the same table is an error; the CSV file is still read,
    /// so the rest of the content is checked as usual.
    func reportWorkbookTwin(of csvPath: String, _ diagnostics: inout Diagnostics) {
        guard csvPath.lowercased().hasSuffix(".csv") else { return }
        let base = String(csvPath.dropLast(".csv".count))
        guard fileSystem.fileExists(base + ".xlsx") else { return }
        let name = base.split(separator: "/").last.map(String.init) ?? base
        diagnostics.error(
            SourceLocation(file: base + ".xlsx"),
            "both \(name).csv and \(name).xlsx exist for the same table, so it is unclear which to read",
            fix: "keep one of them: delete or move the other file (\(name).csv is read for now)")
    }

    /// Reads a workbook table: the sheet named for it under `sheets:` in site.yaml, or the
    /// first visible sheet. `nil` when a CSV file beside it holds the same table (the CSV file
    /// is read, and reports the clash).
    func readWorkbook(_ path: String, data: Data, _ diagnostics: inout Diagnostics) -> CSVTable? {
        let base = String(path.dropLast(".xlsx".count))
        if fileSystem.fileExists(base + ".csv") { return nil }
        let sheet = workbookSheet(for: base, &diagnostics)
        return WorkbookReader.readTable(data, path: path, sheet: sheet, diagnostics: &diagnostics)
    }

    /// The sheet named for a table in site.yaml (`sheets:` maps `employees` or
    /// `data/2026-01/sales` to a sheet name), or `nil` for the first visible sheet.
    func workbookSheet(for base: String, _ diagnostics: inout Diagnostics) -> String? {
        guard let data = try? fileSystem.read("site.yaml"), let (text, _) = TextDecoding.decode(data),
            case .success(let root) = YAMLParser.parse(text, file: "site.yaml"),
            let sheets = root["sheets"], !sheets.isNull
        else { return nil }
        guard let pairs = sheets.pairs else {
            diagnostics.error(
                sheets.location, "sheets must map tables to sheet names",
                fix: "write lines like  employees: 员工  or  data/2026-11/sales: 销售")
            return nil
        }
        guard let pair = pairs.first(where: { $0.key == base }) else { return nil }
        return pair.value.string("the sheet of \(base)", &diagnostics)
    }
}
