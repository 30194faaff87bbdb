import JixiaoCore
/// A panel of a department dashboard (needs attention, to reward, close to the next level):
/// a heading with its count and a sortable table.
public struct DashboardPanel: Sendable {
    /// Element id stem (`attention`, `reward`, `next-level`).
    public var id: String
    /// Heading with the number of rows, e.g. `需要关注（5）`.
    public var heading: String
    /// Number of rows.
    public var count: Int
    /// The rows.
    public var table: TableView
}
