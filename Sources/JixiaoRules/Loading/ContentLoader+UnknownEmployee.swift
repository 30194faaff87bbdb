import JixiaoCore

extension ContentLoader {
    /// An employee id that `employees.csv` does not have, in a table that refers to people
    /// (`what`: "a transfer", "a pay change", "an adjustment"): an error at the cell with the
    /// closest known id as did-you-mean.
    func reportUnknownEmployee(
        _ id: String, in what: String, at location: SourceLocation, knownIDs: some Collection<String>, _ diagnostics: inout Diagnostics
    ) {
        diagnostics.error(
            location, "unknown employee \(id.quotedForMessage()) in \(what)",
            fix: Suggest.closest(to: id, in: knownIDs.sorted()).map { "did you mean \($0)?" } ?? "use an id from employees.csv")
    }
}
