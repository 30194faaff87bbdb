import JixiaoCore

extension Content {
    /// The content as it stood when `month` was the latest month: later months' data is
    /// dropped (and assessment stages handed in after it) and `month` becomes the current month. `check`, `results` and `build` all
    /// apply `--month` through this one function.
    /// - Throws: a diagnostic naming the month when there is no data folder for it.
    public func cutOff(at month: Month) throws(DiagnosticError) -> Content {
        guard months.contains(where: { $0.month == month }) else {
            let example = months.last?.month.description ?? "2026-11"
            throw DiagnosticError(
                .error(
                    SourceLocation(file: "data/\(month)"), "there is no data for \(month)",
                    fix: "choose a month that has a data folder, e.g. \(example)"))
        }
        var copy = self
        copy.months = months.filter { $0.month <= month }
        copy.assessments = assessments.filter { $0.month <= month && $0.submitted <= month.lastDay }
        copy.settings.currentMonth = month
        return copy
    }
}
