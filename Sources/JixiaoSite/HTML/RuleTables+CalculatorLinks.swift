import JixiaoCore
import JixiaoRules
/// The calculators a policy page holds, for its table of contents: a staff member asking
/// "what would I get at this figure?" finds the calculator in one tap instead of scrolling
/// past the policy text and the rule tables.
extension RuleTables {
    /// Each calculator's title anchor and title, in page order: the rate-table calculators
    /// (`calc-<key>-title`), then the pay items' (`pay-calc-<key>-title`).
    func calculatorLinks() -> [NavLink] {
        let rates = RateCalculator.calculators(in: rules).map {
            NavLink(label: loc.format("calc_title", ["name": calculatorName($0)]), href: "#calc-\($0.key)-title")
        }
        let pay: [NavLink] = rules.pay.compactMap { item in
            guard case .success(let c)? = PayCalculator.make(item, rules: rules) else { return nil }
            return NavLink(label: loc.format("calc_title", ["name": loc.name(item.name, english: item.nameEN)]), href: "#pay-calc-\(c.key)-title")
        }
        return rates + pay
    }
}
