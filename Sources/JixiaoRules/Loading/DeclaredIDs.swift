import JixiaoCore

/// The id column of a declaration table (departments, people, roles), checked row by row:
/// each id a safe slug, declared once, and giving a page name no other id gives. One place for both messages, so every table says
/// them the same way.
struct DeclaredIDs {
    /// What the table declares, as messages name it ("department", "employee", "role").
    let kind: String
    /// The table and its id column.
    let table: CSVTable
    let column: Int
    /// An example id for the fix ("logistics").
    let example: String
    /// How to fix a duplicate.
    let duplicateFix: String
    /// The line of each id's first row.
    private var firstLine: [String: Int] = [:]
    /// The first id (and its line) that gave each page name.
    private var firstBySlug: [String: (id: String, line: Int)] = [:]

    /// Every id accepted so far.
    var accepted: Set<String> { Set(firstLine.keys) }

    /// Checks `table`'s `column`; see the properties.
    init(kind: String, table: CSVTable, column: Int, example: String, duplicateFix: String) {
        self.kind = kind
        self.table = table
        self.column = column
        self.example = example
        self.duplicateFix = duplicateFix
    }

    /// The row's id when it is valid and not declared before; otherwise `nil`, reported at the
    /// cell (a duplicate names the line, or workbook row, of the first).
    mutating func accept(_ row: Int, _ diagnostics: inout Diagnostics) -> String? {
        let id = table.string(row, column)
        guard ContentLoader.isValidID(id) else {
            diagnostics.error(
                table.location(row, column), "\(kind) id \(id.quotedForMessage()) is not a valid id",
                fix: "use ASCII letters, digits, - and _ (it becomes part of page addresses), e.g. \(example)")
            return nil
        }
        if let line = firstLine[id] {
            diagnostics.error(
                table.location(row, column),
                "duplicate \(kind) id \(id.quotedForMessage()) (first on \(diagnostics.lineName(line, in: table.path)))",
                fix: duplicateFix)
            return nil
        }
        let slug = Slug.make(id)
        if let first = firstBySlug[slug] {
            diagnostics.error(
                table.location(row, column),
                "\(kind) ids \(first.id) and \(id) give the same page name \(slug) (first on \(diagnostics.lineName(first.line, in: table.path)))",
                fix: "rename one of them: page names do not tell upper from lower case")
            return nil
        }
        firstLine[id] = table.line(ofRow: row)
        firstBySlug[slug] = (id, table.line(ofRow: row))
        return id
    }
}
