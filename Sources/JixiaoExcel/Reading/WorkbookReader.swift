import Foundation
import JixiaoCore

/// Reads a table from an Excel workbook (`.xlsx`) into the same `CSVTable` a CSV file gives,
/// so every check made on CSV tables applies; problems are reported at the sheet cell
/// (`employees.xlsx:员工!C7`) with the wording CSV problems have.
public enum WorkbookReader {
    /// Reads the sheet named `sheet` (or the first visible sheet) of the workbook `data` read
    /// from `path`. Problems go into `diagnostics`, which from now on reports places in the
    /// table as sheet cells; returns `nil` when the workbook cannot be used.
    public static func readTable(
        _ data: Data, path: String, sheet: String? = nil, limits: WorkbookLimits = .standard,
        diagnostics: inout Diagnostics
    ) -> CSVTable? {
        do {
            let (contents, sheetName) = try contents(data, sheet: sheet, limits: limits)
            try checkMerges(contents, sheet: sheetName, path: path, &diagnostics)
            let csv = SheetCSV(contents, path: path, sheet: sheetName)
            diagnostics.placeInSheet(csv.map)
            return CSVParser.parse(text: csv.text, path: path, diagnostics: &diagnostics)
        } catch {
            diagnostics.report(error.diagnostic(path: path))
            return nil
        }
    }

    /// The cells of the chosen sheet, and its name.
    static func contents(_ data: Data, sheet: String?, limits: WorkbookLimits) throws(WorkbookProblem) -> (SheetContents, String) {
        var archive = try WorkbookArchive(data: data, limits: limits)
        let manifest = try WorkbookManifest.read(&archive)
        let chosen: WorkbookManifest.Sheet
        if let sheet {
            guard
                let named = manifest.sheets.first(where: { $0.name == sheet })
                    ?? manifest.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() })
            else {
                throw WorkbookProblem(
                    message:
                        "the workbook has no sheet named \"\(sheet)\" (sheets: \(manifest.sheets.map(\.name).joined(separator: ", ")))",
                    fix: "rename the sheet, or correct the sheet name under sheets: in site.yaml")
            }
            chosen = named
        } else {
            guard let visible = manifest.sheets.first(where: { !$0.hidden }) else {
                throw WorkbookProblem(
                    message: "the workbook has no visible sheet",
                    fix: "unhide the sheet that holds the table (right-click a sheet tab, Unhide)")
            }
            chosen = visible
        }
        let shared =
            try archive.part("xl/sharedStrings.xml").map { bytes throws(WorkbookProblem) in try SheetReader.sharedStrings(bytes) } ?? []
        guard let sheetBytes = try archive.part(chosen.part) else {
            throw WorkbookProblem(
                message: "the workbook lists sheet \"\(chosen.name)\" but its part \(chosen.part) is missing",
                fix: "open the file in Excel and save it again")
        }
        let reader = SheetReader(
            sharedStrings: shared, styleFormats: manifest.styleFormats, date1904: manifest.date1904,
            sheetName: chosen.name, limits: limits)
        return (try reader.read(sheetBytes), chosen.name)
    }

    /// Merged cells in the header row are refused (a column needs its own name); merged
    /// cells below it get a warning, as only their first cell holds the value.
    static func checkMerges(_ contents: SheetContents, sheet: String, path: String, _ diagnostics: inout Diagnostics)
        throws(WorkbookProblem)
    {
        guard let header = contents.rows.first?.number else { return }
        for merge in contents.merges where merge.first != merge.last {
            let range = merge.first.name + ":" + merge.last.name
            if merge.first.row <= header, header <= merge.last.row {
                throw WorkbookProblem(
                    message: "the header has merged cells (\(range)): each column needs its own name in its own cell",
                    fix: "select the merged cells, choose Unmerge Cells, and give each column a name",
                    cell: SheetCellMap.reference(sheet: sheet, merge.first.name))
            }
            if merge.last.row > header {
                var location = SourceLocation(file: path)
                location.cell = SheetCellMap.reference(sheet: sheet, merge.first.name)
                diagnostics.warning(
                    location, "cells \(range) are merged: only \(merge.first.name) holds a value, the others are read as empty",
                    fix: "unmerge the cells and fill in each one")
            }
        }
    }
}
