import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Rules: keys, grade bands, rate tables, formulas, streaks, pay and versions.
    static var ruleCases: [BadInputCase] {
        let f = "policies/rules.md"
        return [
            BadInputCase(
                "rules: unknown key with a suggestion", text: rules("  streaks:", "  streak:"),
                [
                    E("policies/rules.md", 23, 3, "unknown key \"streak\" in rules")
                ]),
            BadInputCase(
                "rules: rules is a list", text: rules("rules:\n  applies_to: {departments: [cs]}", "rules:\n  - applies_to"),
                [E("policies/rules.md", 6, 3, "YAML syntax error: did not find expected '-' indicator (while parsing a block collection)")],
                allowsOtherErrors: true),
            BadInputCase(
                "rules: applies to an unknown department", text: rules("[cs]}", "[cx]}"),
                [E("policies/rules.md", 1, nil, "applies_to names unknown department \"cx\"")]),
            BadInputCase(
                "rules: duplicate key in a rule item", text: rules("{id: bonus, name: 奖金,", "{id: bonus, name: 奖金, name: 奖,"),
                [E("policies/rules.md", 27, 29, "the key \"name\" appears twice on line 27 in the same mapping")]),
            BadInputCase(
                "grades: bands not in descending order", text: rules("{id: pass, name: 合格, min: 60", "{id: pass, name: 合格, min: 95"),
                [E(f, 19, 9, "grade bands must go from the best down")]),
            BadInputCase(
                "grades: band without min", text: rules("{id: pass, name: 合格, min: 60,", "{id: pass, name: 合格,"),
                [E("policies/rules.md", 19, 9, "min is missing")]),
            BadInputCase(
                "grades: two bands with one id", text: rules("{id: pass, name: 合格", "{id: excellent, name: 合格"),
                [E(f, 19, 14, "two grade bands have the id \"excellent\" (first on line 18)")]),
            BadInputCase(
                "grades: coefficient not a number", text: rules("min: 60, coefficient: 1.0", "min: 60, coefficient: 一"),
                [E("policies/rules.md", 19, 52, "coefficient must be a number, but it is \"一\"")]),
            BadInputCase(
                "grades: no band reaches down to 0", text: rules("{id: fail, name: 不合格, min: 0", "{id: fail, name: 不合格, min: 30"), []),
            BadInputCase(
                "grades: empty list",
                text: rules(
                    "    grades:\n      - {id: excellent, name: 优秀, min: 90, coefficient: 1.2}\n      - {id: pass, name: 合格, min: 60, coefficient: 1.0}\n      - {id: fail, name: 不合格, min: 0, coefficient: 0}",
                    "    grades: []"), [], allowsOtherErrors: true),
            BadInputCase(
                "grades: unknown key in a band", text: rules("{id: pass, name: 合格, min: 60", "{id: pass, name: 合格, minimum: 60"),
                [
                    E("policies/rules.md", 19, 9, "min is missing"),
                    E("policies/rules.md", 19, 30, "unknown key \"minimum\" in a grade band"),
                ], allowsOtherErrors: true),
            BadInputCase(
                "grades: band is text", text: rules("      - {id: pass, name: 合格, min: 60, coefficient: 1.0}", "      - 合格"),
                [E("policies/rules.md", 19, 9, "a grade band must be a mapping of key: value lines, but it is the text \"合格\"")]),
            BadInputCase(
                "tables: brackets out of order",
                text: rules("- {over: 20000, rate: 2%}", "- {over: 20000, rate: 2%}\n        - {over: 5000, rate: 3%}"),
                [E(f, 12, 11, "list brackets in ascending order")]),
            BadInputCase("tables: bracket without rate", text: rules("{over: 20000, rate: 2%}", "{over: 20000}"), []),
            BadInputCase(
                "tables: rate not a number", text: rules("rate: 2%}", "rate: 两成}"),
                [E("policies/rules.md", 11, 31, "rate must be a number, but it is \"两成\"")]),
            BadInputCase(
                "tables: bracket with both from and over", text: rules("{over: 20000, rate: 2%}", "{from: 1, over: 20000, rate: 2%}"),
                [E("policies/rules.md", 11, 11, "a bracket has both from and over")]),
            BadInputCase(
                "tables: no brackets",
                text: rules("      brackets:\n        - {from: 0, rate: 1%}\n        - {over: 20000, rate: 2%}", "      brackets: []"),
                [E("policies/rules.md", 9, 17, "table commission: the table has no brackets")], allowsOtherErrors: true),
            BadInputCase("tables: duplicate bracket start", text: rules("{over: 20000, rate: 2%}", "{over: 0, rate: 2%}"), []),
            BadInputCase(
                "tables: minimum not a number", text: rules("minimum: 10000", "minimum: 一万"),
                [E("policies/rules.md", 8, 16, "minimum must be a number, but it is \"一万\"")]),
            BadInputCase(
                "tables: unknown table in a formula", text: rules("PROGRESSIVE(sales, commission)", "PROGRESSIVE(sales, comission)"),
                [E("policies/rules.md", 26, 63, "unknown rate table 'comission' — did you mean 'commission'?")]),
            BadInputCase(
                "formula: unknown name with a suggestion", text: rules("60 * sales / 30000", "60 * salse / 30000"),
                [E("policies/rules.md", 15, 57, "unknown name 'salse' — did you mean 'sales'?")]),
            BadInputCase(
                "formula: unclosed parenthesis", text: rules("60 * sales / 30000", "60 * (sales / 30000"),
                [E("policies/rules.md", 15, 71, "expected ')' to close '(' opened at column 57")]),
            BadInputCase(
                "formula: operator without operand", text: rules("60 * sales / 30000", "60 * / 30000"),
                [E("policies/rules.md", 15, 57, "expected a value, found '/'")]),
            BadInputCase(
                "formula: trailing operator", text: rules("1000 * coefficient}", "1000 * coefficient +}"),
                [E("policies/rules.md", 27, 58, "the formula ends too early, after '+'")]),
            BadInputCase(
                "formula: unknown function", text: rules("1000 * coefficient}", "ROUNDUP(1000 * coefficient)}"),
                [
                    E(
                        "policies/rules.md", 27, 38,
                        "unknown function ROUNDUP — known functions: IF, AND, OR, NOT, MIN, MAX, SUM, AVERAGE, ROUND, ROUNDDO")
                ]),
            BadInputCase(
                "formula: wrong number of arguments", text: rules("IF(complaints >= 1, 50) +", "IF() +"),
                [E("policies/rules.md", 28, 55, "IF takes 2 or 3 arguments, but 0 were given")]),
            BadInputCase("formula: stray character", text: rules("1000 * coefficient}", "1000 × coefficient}"), []),
            BadInputCase(
                "formula: a number with two points", text: rules("1000 * coefficient}", "1000.0.0 * coefficient}"),
                [E("policies/rules.md", 27, 38, "malformed number '1000.0.0'")]),
            BadInputCase(
                "formula: empty", text: rules("formula: 1000 * coefficient}", "formula: \"\"}"),
                [E("policies/rules.md", 27, 38, "formula is empty")]),
            BadInputCase(
                "formula: not text", text: rules("formula: 1000 * coefficient}", "formula: [1000]}"),
                [E("policies/rules.md", 27, 38, "formula must be text, but it is a list")]),
            BadInputCase(
                "formula: missing", text: rules(", formula: 1000 * coefficient}", "}"),
                [E("policies/rules.md", 27, 7, "formula is missing")]),
            BadInputCase(
                "formula: constant division by zero", text: rules("1000 * coefficient}", "1000 * coefficient / 0}"),
                [E(f, 27, 57, "division by zero: the divisor here is always 0")]),
            BadInputCase(
                "formula: constant 1/0", text: rules("1000 * coefficient}", "1/0}"),
                [E(f, 27, 39, "division by zero: the divisor here is always 0")]),
            BadInputCase(
                "formula: 1,000 nested parentheses",
                text: rules("1000 * coefficient}", "\"\(String(repeating: "(", count: 1000))1\(String(repeating: ")", count: 1000))\"}"),
                [E("policies/rules.md", 27, 239, "the formula is nested too deeply")]),
            BadInputCase(
                "formula: a 100-term formula is fine",
                text: rules("1000 * coefficient}", "\"\(Array(repeating: "1", count: 100).joined(separator: " + "))\"}"), []),
            BadInputCase(
                "formula: NUL character", text: rules("1000 * coefficient}", "\"1000 \u{0} coefficient\"}"),
                [E("policies/rules.md", 27, 44, "YAML could not be read: control characters are not allowed (U+0000)")]),
            BadInputCase(
                "items: points do not add up", text: rules("points: 60,", "points: 65,"),
                [E("policies/rules.md", 15, 7, "the items' points add up to 105, not the total 100")]),
            BadInputCase(
                "items: two items with one id", text: rules("{id: service, name: 服务", "{id: sales, name: 服务"),
                [
                    E("policies/rules.md", 15, 7, "the items' points add up to 60, not the total 100"),
                    E("policies/rules.md", 16, 14, "item id \"sales\" is used twice in this scorecard"),
                ]),
            BadInputCase(
                "items: a formula naming another item",
                text: [
                    "policies/rules.md": rules.replacingOccurrences(of: "formula: 60 * sales / 30000", with: "formula: service")
                        .replacingOccurrences(of: "formula: 40 - 15 * complaints", with: "formula: sales")
                ], [E("policies/rules.md", 15, 52, "unknown name 'service'")]),
            BadInputCase(
                "items: cap not a number", text: rules("cap: 70}", "cap: 七十}"),
                [E("policies/rules.md", 15, 77, "cap must be a number, but it is \"七十\"")]),
            BadInputCase(
                "items: no items",
                text: rules(
                    "    items:\n      - {id: sales, name: 销售, points: 60, formula: 60 * sales / 30000, cap: 70}\n      - {id: service, name: 服务, points: 40, formula: 40 - 15 * complaints, floor: 0}",
                    "    items: []"), [E("policies/rules.md", 14, 12, "the items' points add up to 0, not the total 100")],
                allowsOtherErrors: true),
            BadInputCase(
                "pay: unknown kind", text: rules("kind: deduction", "kind: penalty"),
                [E("policies/rules.md", 28, 34, "kind must be earning, deduction or info")]),
            BadInputCase(
                "pay: two items with one id", text: rules("{id: bonus, name: 奖金", "{id: commission, name: 奖金"),
                [E("policies/rules.md", 27, 12, "pay item id \"commission\" is used twice")]),
            BadInputCase(
                "pay: unknown measure", text: rules("1000 * coefficient}", "1000 * coefficient + refunds}"),
                [E("policies/rules.md", 27, 59, "unknown name 'refunds'")]),
            BadInputCase(
                "eligibility: condition with a syntax error", text: rules("when: tenure_months < 1", "when: tenure_months <"),
                [E("policies/rules.md", 22, 46, "the formula ends too early, after '<'")]),
            BadInputCase(
                "eligibility: condition with an unknown name", text: rules("when: tenure_months < 1", "when: tenure < 1"),
                [E("policies/rules.md", 22, 31, "unknown name 'tenure'")]),
            BadInputCase(
                "streaks: unknown grade", text: rules("grades: [fail]", "grades: [failed]"),
                [E(f, 24, 29, "streak grade \"failed\" is not a grade of the scorecard")]),
            BadInputCase(
                "streaks: months not a whole number", text: rules("months: 2,", "months: 两,"),
                [E("policies/rules.md", 24, 44, "months must be a whole number, but it is \"两\"")]),
            BadInputCase(
                "streaks: months zero", text: rules("months: 2,", "months: 0,"),
                [E("policies/rules.md", 24, 44, "months must be at least 1")]),
            BadInputCase(
                "versions: effective month 13", text: rules("- effective: 2026-01", "- effective: 2026-13"),
                [
                    E(
                        "policies/rules.md", 30, 18,
                        "effective must be a month written YYYY-MM, but it is \"2026-13\" (month 13 does not exist)")
                ]),
            BadInputCase(
                "versions: effective before the policy", text: rules("- effective: 2026-01", "- effective: 2025-01"),
                [E("policies/rules.md", 30, 18, "version effective 2025-01 is not after the previous version (2025-12)")]),
            BadInputCase(
                "policies: two scorecards for the same people",
                text: ["policies/rules2.md": rules.replacingOccurrences(of: "测试规则", with: "测试规则二")],
                [
                    E(
                        "policies/rules2.md", 1, nil,
                        "two scorecards apply to the same people: policies/rules.md and policies/rules2.md (e.g. E001 in 2025"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two pay plans apply to the same people: policies/rules.md and policies/rules2.md (e.g. E001 in 2025-"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two scorecards apply to the same people: policies/rules.md and policies/rules2.md (e.g. E001 in 2026"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two pay plans apply to the same people: policies/rules.md and policies/rules2.md (e.g. E001 in 2026-"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two scorecards apply to the same people: policies/rules.md and policies/rules2.md (e.g. E003 in 2025"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two pay plans apply to the same people: policies/rules.md and policies/rules2.md (e.g. E003 in 2025-"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two scorecards apply to the same people: policies/rules.md and policies/rules2.md (e.g. E003 in 2026"),
                    E(
                        "policies/rules2.md", 1, nil,
                        "two pay plans apply to the same people: policies/rules.md and policies/rules2.md (e.g. E003 in 2026-"),
                ], allowsOtherErrors: true),
        ]
    }
}
