import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Completeness (issue 12 item 3): declared monthly files, short files, column kinds,
    /// control characters and constant divisions by zero.
    static var completenessCases: [BadInputCase] {
        let head = "employee,sales,complaints\n"
        let dec = "data/2025-12/cs.csv", jan = "data/2026-01/cs.csv"
        return declarationCases + columnCases + [
            BadInputCase(
                "completeness: an optional file with no rows is a warning",
                text: declaring("  optional: [cs]", [jan: head]), [W(jan, 1, nil, "the file has a header but no rows")]),
            BadInputCase(
                "completeness: an optional file with far fewer rows is a warning",
                text: declaring("  optional: [cs]", [jan: head + "E001,31000,0\n"]), [W(jan, nil, nil, "far fewer rows than in 2025-12")]),
            BadInputCase(
                "completeness: a fall within max_row_drop is fine",
                text: declaring("  max_row_drop: 70%", [jan: head + "E001,31000,0\n"]), []),
            BadInputCase("completeness: one row fewer is fine", text: [jan: head + "E001,31000,0\nE003,1,0\n"], []),
            BadInputCase(
                "completeness: an expected file present in every month", text: declaring("  expected: [cs]"), []),
            BadInputCase(
                "completeness: an expected file declared with its ending", text: declaring("  expected: [cs.csv]"), []),
            BadInputCase(
                "completeness: an expected file missing in every month",
                text: declaring("  expected: [cs, visits]"),
                [
                    E("data/2025-12/visits.csv", nil, nil, "the expected data file visits.csv is missing for 2025-12"),
                    E("data/2026-01/visits.csv", nil, nil, "the expected data file visits.csv is missing for 2026-01"),
                ]),
            BadInputCase(
                "completeness: an expected file from a later month",
                text: declaring("  expected: [cs, {file: visits, from: 2026-01}]"),
                [E("data/2026-01/visits.csv", nil, nil, "the expected data file visits.csv is missing for 2026-01")]),
            BadInputCase(
                "completeness: a month folder without data files",
                text: ["data/2026-02/readme.txt": "稍后补充\n"],
                [
                    W("data/2026-02/readme.txt", nil, nil, "only .csv and .xlsx files are read"),
                    E("data/2026-02", nil, nil, "this month folder holds no data files: it is empty or cannot be read"),
                ]),
            BadInputCase(
                "completeness: a department file with no rows", text: ["data/2025-12/departments.csv": "department,orders\n"],
                [E("data/2025-12/departments.csv", 1, nil, "the file has a header but no rows")]),
            BadInputCase(
                "control: NUL in a department name", text: departments("客服部", "客服\u{0}部"),
                [E("departments.csv", 2, 4, "the name field contains a control character (U+0000)")]),
            BadInputCase(
                "control: DEL in a name", text: employees("张伟", "张伟\u{7F}"),
                [E("employees.csv", 4, 6, "the name field contains a control character (U+007F)")]),
            BadInputCase(
                "control: escape character in a role", text: employees("E003,张伟,cs,cs-agent", "E003,张伟,cs,cs-\u{1B}agent"),
                [E("employees.csv", 4, 12, "the role field contains a control character (U+001B)")], allowsOtherErrors: true),
            BadInputCase(
                "control: a control character in a reason column",
                text: [dec: "employee,sales,change_reason\nE001,1,调\u{7}岗\n"],
                [E(dec, 2, 8, "the change_reason field contains a control character (U+0007)")]),
            BadInputCase(
                "formula: a constant division by zero inside IFERROR is caught there",
                text: rules("1000 * coefficient}", "\"IFERROR(1000 / 0, 0) + coefficient\"}"), []),
            BadInputCase(
                "formula: division by a constant expression that is 0",
                text: rules("1000 * coefficient}", "1000 * coefficient / (2 - 2)}"),
                [E("policies/rules.md", 27, 57, "division by zero: the divisor here is always 0")]),
            BadInputCase(
                "formula: 0 to a negative power", text: rules("1000 * coefficient}", "0 ^ -1}"),
                [E("policies/rules.md", 27, 40, "division by zero: the divisor here is always 0")]),
            BadInputCase(
                "completeness: a month with only remarks may have none",
                text: ["data/2026-01/reviews.csv": "employee,change_reason\n"], []),
            BadInputCase(
                "control: a multi-line quoted reason is fine", text: [dec: "employee,sales,change_reason\nE001,1,\"调岗\n复核\"\n"], []),
        ]
    }

    /// `data_files:` itself written wrongly.
    static var declarationCases: [BadInputCase] {
        [
            BadInputCase(
                "data_files: not a mapping", text: declaring("  - cs"),
                [E("site.yaml", 5, 3, "data_files must be a mapping of key: value lines")]),
            BadInputCase(
                "data_files: unknown key", text: declaring("  expect: [cs]"),
                [E("site.yaml", 5, 3, "unknown key \"expect\" in data_files")]),
            BadInputCase(
                "data_files: both expected and optional", text: declaring("  expected: [cs]\n  optional: [cs]"),
                [E("site.yaml", 6, 13, "\"cs\" is both expected and optional in data_files")]),
            BadInputCase(
                "data_files: max_row_drop above 100%", text: declaring("  max_row_drop: 150%"),
                [E("site.yaml", 5, 17, "data_files.max_row_drop must be from 0% to 100%, but it is 1.5")]),
            BadInputCase(
                "data_files: max_row_drop not a number", text: declaring("  max_row_drop: 很多"),
                [E("site.yaml", 5, 17, "data_files.max_row_drop must be a number, but it is \"很多\"")]),
            BadInputCase(
                "data_files: an expected file without a name", text: declaring("  expected: [{from: 2026-01}]"),
                [E("site.yaml", 5, 14, "the expected data file has no name")]),
            BadInputCase(
                "data_files: an expected file from month 13", text: declaring("  expected: [{file: cs, from: 2026-13}]"),
                [E("site.yaml", 5, 31, "from must be a month written YYYY-MM, but it is \"2026-13\"")]),
            BadInputCase(
                "data_files: columns not a mapping", text: declaring("  columns: [sales]"),
                [E("site.yaml", 5, 12, "data_files.columns must map column names to kinds")]),
            BadInputCase(
                "data_files: unknown column kind", text: declaring("  columns: {sales: currency}"),
                [E("site.yaml", 5, 20, "unknown column kind \"currency\"")]),
            BadInputCase(
                "data_files: a range with min above max", text: declaring("  columns: {complaints: {min: 5, max: 1}}"),
                [E("site.yaml", 5, 25, "min 5 is above max 1")]),
        ]
    }

    /// Values outside a declared column kind or range.
    static var columnCases: [BadInputCase] {
        let head = "employee,sales,complaints\n"
        let dec = "data/2025-12/cs.csv"
        let kinds = "  columns: {sales: money, complaints: count}"
        return [
            BadInputCase("columns: values within their kinds are fine", text: declaring(kinds), []),
            BadInputCase(
                "columns: negative money", text: declaring(kinds, [dec: head + "E001,-30000,0\n"]),
                [E(dec, 2, 6, "\"-30000\" in column sales is below 0: sales is declared money (≥ 0)")]),
            BadInputCase(
                "columns: a count with a fraction", text: declaring(kinds, [dec: head + "E001,30000,1.5\n"]),
                [E(dec, 2, 12, "\"1.5\" in column complaints is not a whole number: complaints is declared a count")]),
            BadInputCase(
                "columns: a percentage above 100", text: declaring("  columns: {rate: percent}", [dec: "employee,rate\nE001,120\n"]),
                [E(dec, 2, 6, "\"120\" in column rate is above 100: rate is declared a percentage (0–100)")]),
            BadInputCase(
                "columns: a percentage written with % above 100",
                text: declaring("  columns: {rate: percent}", [dec: "employee,rate\nE001,120%\n"]),
                [E(dec, 2, 6, "\"120%\" in column rate is above 100")]),
            BadInputCase(
                "columns: percentages with and without % are fine",
                text: declaring("  columns: {rate: percent}", [dec: "employee,rate\nE001,95.5%\nE003,88\n"]), []),
            BadInputCase(
                "columns: a value outside a declared range",
                text: declaring("  columns: {rating: {min: 1, max: 5}}", [dec: "employee,rating\nE001,6\nE003,0.5\n"]),
                [
                    E(dec, 2, 6, "\"6\" in column rating is above 5: rating is declared a value from 1 to 5"),
                    E(dec, 3, 6, "\"0.5\" in column rating is below 1"),
                ]),
            BadInputCase(
                "columns: a range with only a minimum",
                text: declaring("  columns: {rating: {min: 1}}", [dec: "employee,rating\nE001,600\nE003,0\n"]),
                [E(dec, 3, 6, "\"0\" in column rating is below 1: rating is declared a value from 1 to ∞")]),
            BadInputCase(
                "columns: department files are checked too",
                text: declaring("  columns: {orders: count}", ["data/2025-12/departments.csv": "department,orders\ncs,-1\n"]),
                [E("data/2025-12/departments.csv", 2, 4, "\"-1\" in column orders is below 0")]),
        ]
    }
}
