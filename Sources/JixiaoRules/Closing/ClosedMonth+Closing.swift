import JixiaoCore

extension ClosedMonth {
    /// Closes `month` of the content in `fileSystem` (what `jixiao close --month` does before it
    /// writes ``file``): the content is checked as of that month (``Checker``), and closing
    /// is refused when anything is an error, when someone employed that month has missing data
    /// or no data row, or when the month is already closed (reopen it first).
    public static func close(fileSystem: any FileSystem, month: Month, on day: Day, note: String) -> Result<
        ClosedMonth, DiagnosticError
    > {
        let outcome = Checker.check(fileSystem: fileSystem, month: month)
        guard let content = outcome.content else {
            return .failure(DiagnosticError(outcome.diagnostics.filter { $0.severity == .error }))
        }
        if let existing = content.closedMonths.first(where: { $0.month == month }), existing.isClosed {
            return .failure(
                DiagnosticError(
                    .error(
                        SourceLocation(file: existing.file, line: 1, column: 1),
                        "\(month) was already closed on \(existing.closedOn)",
                        fix: "to close it again, first reopen it: jixiao close CONTENT --reopen \(month)")))
        }
        let results: Results
        do { results = try RulesEngine(content: content).evaluate() } catch { return .failure(error) }
        let incomplete = incompleteData(month: month, content: content, results: results)
        if !incomplete.isEmpty { return .failure(DiagnosticError(incomplete)) }
        let analytics = Analytics.compute(content: content, results: results)
        return .success(
            ClosedMonth(
                month: month, closedOn: day, note: note,
                figures: figures(month: month, content: content, results: results, analytics: analytics)))
    }

    /// An error per person employed in `month` whose data is missing (capped, with a count).
    static func incompleteData(month: Month, content: Content, results: Results) -> [Diagnostic] {
        var lines: [String] = []
        for (e, employee) in content.organisation.employees.enumerated() {
            guard let r = results.result(employee: e, month: month) else { continue }
            switch r.assessment {
            case .missingData(let names): lines.append("\(employee.name) (\(employee.id)) lacks \(names.joined(separator: ", "))")
            case .noData: lines.append("\(employee.name) (\(employee.id)) has no row")
            default: continue
            }
        }
        guard !lines.isEmpty else { return [] }
        let shown = lines.prefix(10).joined(separator: "; ") + (lines.count > 10 ? "; … and \(lines.count - 10) more" : "")
        return [
            .error(
                SourceLocation(file: "data/\(month)"), "\(month) cannot be closed: its data is incomplete — \(shown)",
                fix: "add the missing rows to data/\(month)/ and run jixiao check, then close the month")
        ]
    }

    /// The record reopened on `day`: kept in the content folder (the history of what was
    /// published stays reviewable) but no longer enforced, nor marked on the site.
    /// - Throws: when the month is not closed.
    public func reopened(on day: Day) throws(DiagnosticError) -> ClosedMonth {
        guard isClosed else {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: file, line: 1, column: 1), "\(month) is not closed (it was reopened on \(reopenedOn!))",
                    fix: "close it again with jixiao close CONTENT --month \(month)"))
        }
        var copy = self
        copy.reopenedOn = day
        return copy
    }
}
