import JixiaoCore
import JixiaoRules

/// The company-wide figures of one company-wide ranking (the whole company, or a role across
/// departments) that a department's edition shows beside its in-scope rows: only those that
/// `site.yaml` allows (`editions.company_figures`; default: average and person count).
struct CompanyFigures: Sendable {
    /// People ranked company-wide.
    var personCount: Int?
    /// Mean normalized score of the people ranked company-wide (2 places).
    var average: DecimalNumber?
    /// People company-wide per grade id.
    var gradeCounts: [String: Int]?

    /// The key of a ranking's figures.
    static func key(_ period: Period, _ group: Ranking.Group) -> String { "\(period.description)|\(group.key)" }

    /// The allowed figures of a company-wide `ranking`, read from the full (unscoped) analytics.
    init(_ ranking: Ranking, analytics: Analytics, allowed: Set<EditionSettings.CompanyFigure>) {
        if allowed.contains(.personCount) { personCount = ranking.entries.count }
        if allowed.contains(.average), !ranking.entries.isEmpty {
            average = (ranking.entries.map(\.normalized).reduce(.zero, +) / DecimalNumber(ranking.entries.count)).rounded(places: 2)
        }
        if allowed.contains(.gradeCounts) {
            var counts: [String: Int] = [:]
            for entry in ranking.entries {
                if let g = analytics.score(employee: entry.employee, period: ranking.period)?.gradeID { counts[g, default: 0] += 1 }
            }
            gradeCounts = counts
        }
    }
}
