import JixiaoCore
extension ContentLoader {
    /// Reads the optional `measures.csv`: display names and units of the names formulas use
    /// (`id,name,name_en,unit,unit_en`; `id` and `name` required). Keyed by lowercase id.
    func loadMeasureNames(_ diagnostics: inout Diagnostics) -> [String: MeasureName] {
        let path = tableFile("measures")
        guard fileSystem.fileExists(path) else { return [:] }
        guard let table = readCSV(path, &diagnostics), requireColumns(["id", "name"], in: table, &diagnostics) else { return [:] }
        let idCol = table.column(named: "id")!, nameCol = table.column(named: "name")!
        var result: [String: MeasureName] = [:]
        for row in 0..<table.rowCount {
            let id = table.string(row, idCol).lowercased()
            guard Self.isValidID(id) else {
                diagnostics.error(
                    table.location(row, idCol), "\"\(id)\" is not a name formulas can use",
                    fix: "write the measure's column name as it appears in the monthly data, e.g. sales")
                continue
            }
            if let first = result[id] {
                diagnostics.error(
                    table.location(row, idCol), "\(id) is declared twice (first on line \(first.location.line.map(String.init) ?? "?"))",
                    fix: "keep one line per name")
                continue
            }
            let name = table.string(row, nameCol)
            if name.isEmpty {
                diagnostics.error(table.location(row, nameCol), "\(id) has no display name", fix: "fill in the name column, e.g. 当月销售额")
                continue
            }
            result[id] = MeasureName(
                id: id, name: name, nameEN: table.optionalString(row, named: "name_en"), unit: table.optionalString(row, named: "unit"), unitEN: table.optionalString(row, named: "unit_en"),
                location: table.location(ofRow: row))
        }
        return result
    }
}
