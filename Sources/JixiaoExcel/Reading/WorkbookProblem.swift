import JixiaoCore

/// Why a workbook (or a part of it) cannot be read: a message and a fix, and the sheet cell
/// when the problem is in one.
struct WorkbookProblem: Error, Sendable {
    /// What is wrong.
    var message: String
    /// How to fix it.
    var fix: String
    /// `sheet!C7` when the problem is at a cell.
    var cell: String?

    /// The problem as a diagnostic about `path`.
    func diagnostic(path: String) -> Diagnostic {
        var location = SourceLocation(file: path)
        location.cell = cell
        return .error(location, message, fix: fix)
    }

    /// The archive is not a readable zip file.
    static let damaged = WorkbookProblem(
        message: "the workbook is damaged or is not an .xlsx file (it cannot be read as a zip archive)",
        fix: "open it in Excel and save it again as \"Excel Workbook (*.xlsx)\", or save the sheet as CSV UTF-8")
}
