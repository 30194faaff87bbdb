import JixiaoCore
import JixiaoRules
extension SiteContext {
    /// A pay alert in words (the rules give ids): the pay item that could not be computed and
    /// the value it lacks, by their display names — `午餐补贴：缺少 出勤天数` /
    /// `Lunch allowance: Days worked is missing`. Both names come from the policy pages' own
    /// ``RuleTables/displayName(_:)`` (measures, attributes, pay and scorecard items of the
    /// policy version in force; an id without a display name is shown as it is).
    func payAlertMessage(_ a: Alert) -> String {
        let rules = a.policy.flatMap { results.versions.version(policy: $0, month: a.month) }?.rules ?? RuleSet()
        let words = RuleTables(rules: rules, loc: loc, names: content.measureNames)
        return loc.format("alert_pay_message", ["item": words.displayName(a.rule), "cause": words.displayName(a.message)])
    }
}
