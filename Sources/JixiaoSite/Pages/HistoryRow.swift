import JixiaoCore
/// One month of a person's history before runs of blank months are collapsed.
struct HistoryRow {
    /// The month.
    var month: Month
    /// The row's cells.
    var cells: [TableView.Cell]
    /// Whether the month has no ranked score and no value in any cell.
    var blank: Bool
}
