import JixiaoCore
import JixiaoRules

/// Cuts the computed state of the whole company down to one department's edition (see
/// ``EditionScope`` for who is in scope). People are renumbered: the scoped content holds only
/// the people with at least one person-month in scope, in the same (id) order.
struct EditionScoper: Sendable {
    /// The whole company's content.
    let content: Content
    /// The whole company's results.
    let results: Results
    /// The whole company's analytics.
    let analytics: Analytics
    /// The edition's departments.
    let scope: EditionScope
    /// Old employee index of each kept person, in order (the new index is the position).
    let kept: [Int]
    /// New employee index of each old one (−1: out of scope).
    let newIndex: [Int]
    /// Months in scope of each kept person (by new index).
    let monthsInScope: [Set<Month>]

    /// Prepares the scoping of `content`, `results` and `analytics` to `scope`.
    init(content: Content, results: Results, analytics: Analytics, scope: EditionScope) {
        self.content = content
        self.results = results
        self.analytics = analytics
        self.scope = scope
        var kept: [Int] = []
        var newIndex = [Int](repeating: -1, count: content.organisation.employees.count)
        var months: [Set<Month>] = []
        for e in content.organisation.employees.indices {
            let inScope = results.results(ofEmployee: e).filter { scope.contains($0.department) }.map(\.month)
            guard !inScope.isEmpty else { continue }
            newIndex[e] = kept.count
            kept.append(e)
            months.append(Set(inScope))
        }
        self.kept = kept
        self.newIndex = newIndex
        monthsInScope = months
    }

    /// The scoped content, results, analytics and the allowed company figures.
    func run() -> ScopedComputation {
        var scopedAnalytics = analytics
        scopedAnalytics.scores = analytics.scores.mapValues { list in list.compactMap(periodScore) }
        let (rankings, figures) = scopedRankings()
        scopedAnalytics.rankings = rankings
        scopedAnalytics.departments = analytics.departments.compactMap(summary)
        scopedAnalytics.trends = kept.enumerated().map { trend(new: $0.offset, old: $0.element) }
        scopedAnalytics.reindex(employeeCount: kept.count)
        return ScopedComputation(
            content: scopedContent(), results: scopedResults(), analytics: scopedAnalytics, companyFigures: figures)
    }

    /// Whether an old employee's result for `period` counts for a department in scope.
    func periodInScope(_ old: Int, _ period: Period) -> Bool {
        guard old >= 0, old < newIndex.count, newIndex[old] >= 0 else { return false }
        return analytics.score(employee: old, period: period).map { scope.contains($0.department) } ?? false
    }

    /// An alert in scope, renumbered; `nil` when it concerns a department or a person-month outside.
    func alert(_ alert: Alert) -> Alert? {
        guard scope.contains(alert.department) else { return nil }
        var a = alert
        if let e = alert.employee {
            guard newIndex[e] >= 0 else { return nil }
            a.employee = newIndex[e]
        }
        return a
    }

    /// A period result in scope, renumbered.
    func periodScore(_ score: PeriodScore) -> PeriodScore? {
        guard scope.contains(score.department), newIndex[score.employee] >= 0 else { return nil }
        var s = score
        s.employee = newIndex[score.employee]
        return s
    }

    /// A department's figures in scope, with its most improved and declined people renumbered.
    func summary(_ summary: DepartmentSummary) -> DepartmentSummary? {
        guard scope.contains(summary.department) else { return nil }
        var s = summary
        s.mostImproved = summary.mostImproved.flatMap { m in newIndex[m.employee] >= 0 ? (newIndex[m.employee], m.change) : nil }
        s.mostDeclined = summary.mostDeclined.flatMap { m in newIndex[m.employee] >= 0 ? (newIndex[m.employee], m.change) : nil }
        return s
    }

    /// A kept person's trend, with only the periods and months in scope.
    func trend(new: Int, old: Int) -> PersonTrend {
        var t = analytics.trends[old]
        let months = monthsInScope[new]
        t.employee = new
        t.change = t.change.filter { periodInScope(old, $0.key) }
        t.movingAverage = t.movingAverage.filter { months.contains($0.key) }
        if let best = t.best, !months.contains(best.month) { t.best = nil }
        if let worst = t.worst, !months.contains(worst.month) { t.worst = nil }
        // Streaks in progress run up to the person's last month: kept when that month is in
        // scope (someone in the department now, or who left the company from it).
        let current = content.currentMonth ?? results.months.last ?? Month(index: 0)
        if let last = results.results(ofEmployee: old).last(where: { $0.month <= current }), !months.contains(last.month) {
            t.streaksInProgress = []
        }
        return t
    }
}
