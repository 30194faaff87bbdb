import JixiaoCore

extension ContentLoader {
    /// Reads the records of closed months (`closed/YYYY-MM.json`, written by `jixiao close`),
    /// in month order. A file whose name is not a month, or that names another month inside,
    /// is an error; so is a malformed record (at its line).
    func loadClosedMonths(_ diagnostics: inout Diagnostics) -> [ClosedMonth] {
        guard fileSystem.directoryExists("closed") else { return [] }
        var records: [ClosedMonth] = []
        for name in fileSystem.list("closed") where name.hasSuffix(".json") {
            let path = "closed/" + name
            guard let month = Month(parsing: String(name.dropLast(".json".count))) else {
                diagnostics.error(
                    SourceLocation(file: path), "\(name) is not named after a month",
                    fix: "closed-month records are named YYYY-MM.json; create them with jixiao close CONTENT --month YYYY-MM")
                continue
            }
            guard let text = readText(path, &diagnostics) else { continue }
            switch ClosedMonth.parse(text, file: path) {
            case .failure(let error): diagnostics.append(contentsOf: error.diagnostics)
            case .success(let record) where record.month != month:
                diagnostics.error(
                    SourceLocation(file: path),
                    "the record in \(name) is for \(record.month)", fix: "rename it to \(record.month).json")
            case .success(let record): records.append(record)
            }
        }
        return records.sorted { $0.month < $1.month }
    }
}
