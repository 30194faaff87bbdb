import JixiaoCore
import JixiaoRules

extension SiteContext {
    /// The month's second compositions for the line beside the score: " · 季度评优合成口径 85.12"
    /// for each one computed (`""` when there are none).
    func compositionSummary(_ r: PersonMonthResult) -> String {
        r.compositions.compactMap { c in
            guard let score = c.score,
                let declared = results.versions.version(policy: c.policy, month: r.month)?.rules.compositions.first(where: { $0.id == c.id })
            else { return nil }
            return " · \(loc.name(declared.name, english: declared.nameEN)) \(loc.score(score))"
        }.joined()
    }
}
