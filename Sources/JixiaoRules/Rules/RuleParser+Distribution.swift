import JixiaoCore
import JixiaoMarkdown
extension RuleParser {
    /// `distribution`: `{grades: [excellent], max_share: 20%, small_group: {under: 5, max: 1},
    /// scope: department_tree}`; the grades must be bands of the scorecard.
    func parseDistribution(_ d: YAMLValue, grades bands: [GradeBand], _ diagnostics: inout Diagnostics) -> Scorecard.Distribution? {
        guard let dm = d.mapping("distribution", allowed: ["grades", "max_share", "small_group", "scope"], &diagnostics) else { return nil }
        guard let grades = dm["grades"].flatMap({ $0.stringList("grades", &diagnostics) }),
            let share = dm["max_share"].flatMap({ $0.number("max_share", &diagnostics) })
        else {
            if dm["grades"] == nil || dm["max_share"] == nil {
                diagnostics.error(
                    d.location, "distribution needs grades and max_share", fix: "write  grades: [excellent]  and  max_share: 20%")
            }
            return nil
        }
        for g in grades where !bands.contains(where: { $0.id == g }) {
            diagnostics.error(d.location, "distribution names unknown grade \"\(g)\"", fix: "use grade ids of this scorecard")
        }
        var distribution = Scorecard.Distribution(grades: grades, maxShare: share)
        if let s = dm["scope"], let text = s.string("scope", &diagnostics) {
            if let scope = Scorecard.Distribution.Scope(rawValue: text) {
                distribution.scope = scope
            } else {
                diagnostics.error(
                    s.location, "distribution scope must be department or department_tree",
                    fix: "write scope: department_tree to count a department with its sub-departments")
            }
        }
        if let g = dm["small_group"], let gm = g.mapping("small_group", allowed: ["under", "max"], &diagnostics) {
            if let under = required(gm, "under", g, &diagnostics)?.integer("under", &diagnostics),
                let max = required(gm, "max", g, &diagnostics)?.integer("max", &diagnostics)
            {
                if under < 1 || max < 0 {
                    diagnostics.error(g.location, "small_group needs under ≥ 1 and max ≥ 0", fix: "write  small_group: {under: 5, max: 1}")
                } else {
                    distribution.smallGroup = (under, max)
                }
            }
        }
        return distribution
    }
}
