import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Calculators for pay items (issue 15, item 3) under the pay-items table: worked examples
/// computed by the engine at build time, and a calculator with one number box per input
/// that computes in the browser from the formula's tree (`data-pay-calc`, read by the
/// "Calculators" section of `jixiao.js`). Items without one are named with the reason.
extension RuleTables {
    /// The Chinese unit of every named figure, by lowercase id (decides example figures).
    var units: [String: String] { names.compactMapValues(\.unit) }

    /// The worked examples and calculator of every pay item that has one, then a sentence
    /// naming the items that have none and why.
    func payCalculatorsHTML() -> String {
        var html = ""
        var none: [String] = []
        for item in rules.pay {
            switch PayCalculator.make(item, rules: rules) {
            case .success(let c)?:
                let rows = c.exampleRows(units: units)
                html += payExamples(c, rows) + payCalculator(c, base: rows[0])
            case .failure(let reason)?:
                let name = loc.name(item.name, english: item.nameEN)
                none.append(loc.format("calc_pay_none_item", ["name": name, "reason": loc["calc_reason_" + reason.rawValue]]))
            case nil:
                break
            }
        }
        if !none.isEmpty {
            var b = HTMLBuilder()
            b.element("p", class: "muted calc-none", text: loc.format("calc_pay_none", ["items": none.joined(separator: loc["list_separator"])]))
            html += b.html
        }
        return html
    }

    /// The label of an input: display name and unit, or "(1 = yes, 0 = no)" for a flag.
    func payInputLabel(_ c: PayCalculator, _ name: String) -> String {
        c.flags.contains(name) ? loc.format("calc_flag", ["name": displayName(name)]) : displayLabel(name)
    }

    /// The table of worked examples: one column per input, the engine's amount last.
    func payExamples(_ c: PayCalculator, _ rows: [[DecimalNumber]]) -> String {
        let name = loc.name(c.item.name, english: c.item.nameEN)
        let cells = rows.map { row in
            row.map { HTMLEscape.escape(MarkdownTable.grouped($0.plainText)) } + [HTMLEscape.escape(loc.money(c.result(row)))]
        }
        return table(
            loc.format("calc_examples", ["name": name]), c.inputs.map { payInputLabel(c, $0) } + [name], cells,
            numeric: Set(0...c.inputs.count))
    }

    /// The calculator: a labelled number box per input (filled with the first worked
    /// example's figures) and a live `<output>` showing the engine's amount for them.
    func payCalculator(_ c: PayCalculator, base: [DecimalNumber]) -> String {
        let id = "pay-calc-" + c.key
        let name = loc.name(c.item.name, english: c.item.nameEN)
        let ids = c.inputs.indices.map { "\(id)-\($0 + 1)" }
        var b = HTMLBuilder()
        openCalculator(&b, id: id, class: "calculator pay-calculator", data: ("data-pay-calc", c.dataJSON), money: true, empty: "calc_pay_empty", name: name)
        for (i, input) in c.inputs.enumerated() {
            b.start("div")
            b.attribute("class", "calc-field")
            b.end()
            b.start("label")
            b.attribute("for", ids[i])
            b.end()
            b.text(payInputLabel(c, input))
            b.close("label")
            b.start("input")
            b.attribute("type", "number")
            b.attribute("id", ids[i])
            b.attribute("value", base[i].plainText)
            if c.flags.contains(input) {
                b.attribute("min", "0")
                b.attribute("max", "1")
                b.attribute("step", "1")
            } else {
                b.attribute("step", "any")
                b.attribute("inputmode", "decimal")
            }
            b.attribute("autocomplete", "off")
            b.end()
            b.close("div")
        }
        b.start("output")
        b.attribute("id", id + "-result")
        b.attribute("for", ids.joined(separator: " "))
        b.attribute("aria-live", "polite")
        b.end()
        b.text(loc.format("calc_result", ["name": name, "value": loc.money(c.result(base))]))
        b.close("output")
        b.close("div")
        return b.html
    }
}
