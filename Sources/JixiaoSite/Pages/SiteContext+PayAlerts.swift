import JixiaoCore
import JixiaoRules
extension SiteContext {
    /// A pay alert in words (the rules give ids): the pay item that could not be computed and
    /// the value it lacks, by their display names — `午餐补贴：缺少 出勤天数` /
    /// `Lunch allowance: Days worked is missing`. The lacking value is a measure, an attribute or
    /// another pay item of the same policy; an id without a display name is shown as it is.
    func payAlertMessage(_ a: Alert) -> String {
        let items = a.policy.flatMap { results.versions.version(policy: $0, month: a.month) }?.rules.pay ?? []
        func itemName(_ id: String) -> String? {
            items.first { $0.id == id }.map { loc.name($0.name, english: $0.nameEN) }
        }
        let measure = content.measureNames[a.message.lowercased()].map { loc.name($0.name, english: $0.nameEN) }
        return loc.format("alert_pay_message", ["item": itemName(a.rule) ?? a.rule, "cause": itemName(a.message) ?? measure ?? a.message])
    }
}
