import JixiaoCore

/// Compares the figures of every closed month with the figures the content gives now. Each
/// person or department whose figures would change is one error at its line in the record,
/// listing every changed figure, root cause first (item values, then score, grade,
/// coefficient, pay items, adjustments, pay total).
public enum ClosedMonthComparison {
    /// At most this many people and departments are listed per month; one more line counts the rest.
    public static let listed = 20

    /// Every change to a closed month in `results` (months after the last evaluated month,
    /// e.g. beyond `--month`, are not published by this run and are skipped). `analytics` is
    /// computed when needed and not given.
    public static func verify(content: Content, results: Results?, analytics: Analytics? = nil) -> [Diagnostic] {
        guard let results, let last = results.months.last else { return [] }
        let records = content.closedMonths.filter { $0.isClosed && $0.month <= last && results.months.contains($0.month) }
        guard !records.isEmpty else { return [] }
        let analytics = analytics ?? Analytics.compute(content: content, results: results)
        return records.flatMap { record in
            compare(record, now: ClosedMonth.figures(month: record.month, content: content, results: results, analytics: analytics))
        }
    }

    /// ``verify(content:results:analytics:)`` as a thrown error when anything changed.
    public static func enforce(content: Content, results: Results, analytics: Analytics?) throws(DiagnosticError) {
        let problems = verify(content: content, results: results, analytics: analytics)
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    /// The differences between a record and the figures computed now.
    static func compare(_ record: ClosedMonth, now: [ClosedFigure]) -> [Diagnostic] {
        var published: [[String]: ClosedFigure] = [:]
        for f in record.figures { published[f.path] = f }
        var current: [[String]: String] = [:]
        for f in now { current[f.path] = f.value }
        var bySubject: [[String]: [Change]] = [:]
        var firstLine: [[String]: Int] = [:]
        for f in record.figures where f.path.count > 2 {
            let subject = Array(f.path.prefix(2))
            firstLine[subject] = min(firstLine[subject] ?? Int.max, f.line ?? Int.max)
        }
        for path in Set(published.keys).union(current.keys) where path.count > 2 && path[2] != "name" {
            let old = published[path]?.value, new = current[path]
            guard old != new else { continue }
            bySubject[Array(path.prefix(2)), default: []].append(
                Change(keys: Array(path.dropFirst(2)), published: old, now: new, line: published[path]?.line))
        }
        guard !bySubject.isEmpty else { return [] }
        let subjects = bySubject.keys.sorted { a, b in
            a[0] != b[0] ? a[0] < b[0] : a.lexicographicallyPrecedes(b)
        }
        var diagnostics: [Diagnostic] = [headline(record, subjects: subjects, changes: bySubject.values.reduce(0) { $0 + $1.count })]
        let people = names(record, now)
        for subject in subjects.prefix(listed) {
            let changes = bySubject[subject]!.sorted(by: rootCauseFirst)
            let line = changes.first?.line ?? firstLine[subject] ?? 1
            diagnostics.append(describe(subject, changes, record: record, line: line, names: people))
        }
        if subjects.count > listed {
            let rest = subjects.dropFirst(listed)
            diagnostics.append(
                .error(
                    SourceLocation(file: record.file, line: firstLine[rest.first!] ?? 1, column: 1),
                    "… and \(rest.count) more people or departments of closed month \(record.month) would change "
                        + "(\(rest.reduce(0) { $0 + bySubject[$1]!.count }) figures)",
                    fix: "the same cause as above; run jixiao results to see every figure"))
        }
        return diagnostics
    }
}
