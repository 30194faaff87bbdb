import JixiaoCore
import JixiaoRules

/// Scores above the full 100 (issue 19, item 6): a policy may give bonus points (e.g. for
/// exceeding a sales target), so a total on the 0–100 scale can pass 100. Such a score is
/// marked in its table, and the table is followed by a note saying why.
extension SiteContext {
    /// The style of a score cell: `over-full` above 100, else none.
    func overFullStyle(_ value: DecimalNumber?) -> String {
        guard let value, value > .hundred else { return "" }
        return TableView.overFullStyle
    }
}
