import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Worked examples and calculators under each rate table (issue 15, item 3): the examples
/// are computed by the engine at build time; the calculator computes in the browser from the
/// same table (`data-calc`, read by the "Calculators" section of `jixiao.js`).
extension RuleTables {
    /// The worked examples and the calculator of every use of the table `name`.
    func calculatorsHTML(for name: String) -> String {
        RateCalculator.calculators(in: rules).filter { $0.tableName == name }.map { workedExamples($0) + calculator($0) }.joined()
    }

    /// What the calculator computes: the pay items' names ("销售提成"), else the table's name.
    func calculatorName(_ c: RateCalculator) -> String {
        c.payItems.isEmpty ? displayName(c.tableName) : c.payItems.map { loc.name($0.name, english: $0.nameEN) }.joined(separator: loc["list_separator"])
    }

    /// The label of the calculator's input: the display name and unit of the name the amount is read from.
    func calculatorInputLabel(_ c: RateCalculator) -> String {
        c.input.map(displayLabel) ?? loc["calc_amount"]
    }

    /// A result as shown: money (`¥1,234.50`) for a pay item, else the exact number grouped.
    func calculatorValue(_ c: RateCalculator, _ value: DecimalNumber?) -> String {
        guard let value else { return "—" }
        return c.isPay ? loc.money(value) : MarkdownTable.grouped(value.plainText)
    }

    /// The bracket an amount falls in ("> 20,000"), or "below the minimum".
    func bracketText(_ c: RateCalculator, _ amount: DecimalNumber) -> String {
        if c.table.isBelowMinimum(amount) || c.table.bracketIndex(containing: amount) == nil {
            return loc["calc_below_minimum"]
        }
        return c.table.bracketIndex(containing: amount).map { boundText(c.table.brackets[$0]) } ?? ""
    }

    /// The table of worked examples, computed by the engine (`RateTable.evaluate`).
    func workedExamples(_ c: RateCalculator) -> String {
        let rows = c.exampleAmounts.map { x in
            [HTMLEscape.escape(loc.number(x, places: 2)), HTMLEscape.escape(bracketText(c, x)), HTMLEscape.escape(calculatorValue(c, c.result(x)))]
        }
        return table(
            loc.format("calc_examples", ["name": calculatorName(c)]),
            [calculatorInputLabel(c), loc["calc_bracket"], calculatorName(c)], rows, numeric: [0, 2])
    }

    /// The calculator: a labelled number input and a live `<output>`; the table travels in
    /// `data-calc`, the interface text in `data-text-*`.
    func calculator(_ c: RateCalculator) -> String {
        let id = "calc-" + c.key
        var b = HTMLBuilder()
        openCalculator(&b, id: id, class: "calculator", data: ("data-calc", c.dataJSON), money: c.isPay, empty: "calc_empty", name: calculatorName(c))
        b.start("label")
        b.attribute("for", id)
        b.end()
        b.text(calculatorInputLabel(c))
        b.close("label")
        b.start("input")
        b.attribute("type", "number")
        b.attribute("id", id)
        b.attribute("step", "0.01")
        b.attribute("inputmode", "decimal")
        b.attribute("autocomplete", "off")
        b.end()
        b.start("output")
        b.attribute("id", id + "-result")
        b.attribute("for", id)
        b.attribute("aria-live", "polite")
        b.end()
        b.text(loc["calc_empty"])
        b.close("output")
        b.close("div")
        return b.html
    }

    /// Opens a calculator's `<div role="group">` (its data in the attribute `data.0`, the
    /// interface text in `data-text-*`, the currency symbol in `data-calc-money` when the
    /// result is money) and writes its title; the caller adds the inputs and the output.
    func openCalculator(
        _ b: inout HTMLBuilder, id: String, class cls: String, data: (String, String), money: Bool, empty: String, name: String
    ) {
        b.start("div")
        b.attribute("class", cls)
        b.attribute("role", "group")
        b.attribute("aria-labelledby", id + "-title")
        b.attribute(data.0, data.1)
        b.attribute("data-calc-money", money ? String(loc.money(.zero).dropLast(4)) : "")
        b.attribute("data-text-empty", loc[empty])
        b.attribute("data-text-invalid", loc["calc_invalid"])
        b.attribute("data-text-result", loc.format("calc_result", ["name": name, "value": "{value}"]))
        b.end()
        b.start("p")
        b.attribute("class", "calc-title")
        b.attribute("id", id + "-title")
        b.end()
        b.text(loc.format("calc_title", ["name": name]))
        b.close("p")
    }
}
