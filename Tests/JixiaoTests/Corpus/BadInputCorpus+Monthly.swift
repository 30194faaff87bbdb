import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Monthly data files: values, employees, folders and completeness.
    static var monthlyCases: [BadInputCase] {
        let head = "employee,sales,complaints\n"
        let dec = "data/2025-12/cs.csv"
        return [
            BadInputCase(
                "monthly: unknown employee", text: [dec: head + "E001,1,0\nE999,2,0\n"],
                [E("data/2025-12/cs.csv", 3, 1, "unknown employee \"E999\"")]),
            BadInputCase(
                "monthly: unknown employee with a near match", text: [dec: head + "E001,1,0\nE03,2,0\n"],
                [E("data/2025-12/cs.csv", 3, 1, "unknown employee \"E03\"")]),
            BadInputCase(
                "monthly: number in Chinese characters", text: [dec: head + "E001,30000,0\nE003,一万二,1\n"],
                [E("data/2025-12/cs.csv", 3, 6, "\"一万二\" in column sales is not a number")]),
            BadInputCase(
                "monthly: number with two decimal points", text: [dec: head + "E001,3.0.0,0\n"],
                [E("data/2025-12/cs.csv", 2, 6, "\"3.0.0\" in column sales is not a number")]),
            BadInputCase(
                "monthly: NaN", text: [dec: head + "E001,NaN,0\n"],
                [E("data/2025-12/cs.csv", 2, 6, "\"NaN\" in column sales is not a number")]),
            BadInputCase(
                "monthly: infinity", text: [dec: head + "E001,inf,0\n"],
                [E("data/2025-12/cs.csv", 2, 6, "\"inf\" in column sales is not a number")]),
            BadInputCase(
                "monthly: a huge number", text: [dec: head + "E001,1\(String(repeating: "0", count: 60)),0\n"],
                [
                    E(
                        "data/2025-12/cs.csv", 2, 6,
                        "\"1000000000000000000000000000000000000000000000000000000000000\" in column sales is not a number")
                ]),
            BadInputCase(
                "monthly: a number with many decimals", text: [dec: head + "E001,0.\(String(repeating: "3", count: 40)),0\n"],
                [E("data/2025-12/cs.csv", 2, 6, "\"0.3333333333333333333333333333333333333333\" in column sales is not a number")]),
            BadInputCase("monthly: percent sign is fine", text: [dec: head + "E001,30%,0\n"], []),
            BadInputCase(
                "monthly: a date where a number belongs", text: [dec: head + "E001,2026-01-01,0\n"],
                [E("data/2025-12/cs.csv", 2, 6, "\"2026-01-01\" in column sales is not a number")]),
            BadInputCase(
                "monthly: negative complaints",
                text: declaring("  columns: {complaints: count}", [dec: head + "E001,30000,-3\n"]),
                [E(dec, 2, 12, "\"-3\" in column complaints is below 0: complaints is declared a count")]),
            BadInputCase("monthly: empty cells are fine", text: [dec: head + "E001,,\n"], []),
            BadInputCase("monthly: spaces around values are fine", text: [dec: head + " E001 , 30000 , 0 \n"], []),
            BadInputCase(
                "monthly: missing employee column", text: [dec: "id,sales,complaints\nE001,1,0\n"],
                [
                    E(
                        "data/2025-12/cs.csv", 1, 1,
                        "the first column must be \"employee\" (rows about people) or \"department\" (rows about departments), no")
                ]),
            BadInputCase(
                "monthly: employee twice in one file", text: [dec: head + "E001,1,0\nE001,2,0\n"],
                [E("data/2025-12/cs.csv", 3, 1, "E001 appears twice in this file (first on line 2)")]),
            BadInputCase(
                "monthly: measure column twice", text: [dec: "employee,sales,sales\nE001,1,2\n"],
                [
                    E("data/2025-12/cs.csv", 1, 16, "column \"sales\" appears twice in the header (also column 2)"),
                    E("data/2025-12/cs.csv", 2, 16, "measure \"sales\" for E001 in 2025-12 also comes from data/2025-12/cs.csv"),
                ]),
            BadInputCase(
                "monthly: empty measure name", text: [dec: "employee,,complaints\nE001,1,2\n"],
                [
                    E("data/2025-12/cs.csv", 1, 10, "column 2 of the header has no name"),
                    E("data/2025-12/cs.csv", 1, 10, "column name \"\" cannot be used as a measure"),
                ]),
            BadInputCase(
                "monthly: measure name with a space", text: [dec: "employee,total sales,complaints\nE001,1,2\n"],
                [E("data/2025-12/cs.csv", 1, 10, "column name \"total sales\" cannot be used as a measure")]),
            BadInputCase(
                "monthly: same measure in two files of one month", text: ["data/2025-12/more.csv": "employee,sales\nE001,5\n"],
                [E("data/2025-12/more.csv", 2, 10, "measure \"sales\" for E001 in 2025-12 also comes from data/2025-12/cs.csv")]),
            BadInputCase(
                "monthly: unclosed quote", text: [dec: head + "E001,\"30000,0\nE003,1,0\n"],
                [
                    E(
                        "data/2025-12/cs.csv", 2, 6,
                        "unbalanced quote: the quoted field that starts here is never closed, so the rest of the file would b")
                ]),
            BadInputCase(
                "monthly: ragged row", text: [dec: head + "E001,30000\nE003,1,0,9\n"],
                [
                    E("data/2025-12/cs.csv", 2, nil, "this row has 2 fields but the header has 3"),
                    E("data/2025-12/cs.csv", 3, nil, "this row has 4 fields but the header has 3"),
                ]),
            BadInputCase(
                "monthly: data before the hire date", text: [dec: head + "E004,1,0\n"],
                [E("data/2025-12/cs.csv", 2, 1, "data for E004 in 2025-12, before their hire date 2026-01-05")]),
            BadInputCase(
                "monthly: data after leaving", text: ["data/2026-02/cs.csv": head + "E001,1,0\nE005,2,0\n"],
                [E("data/2026-02/cs.csv", 3, 1, "data for E005 in 2026-02, after they left on 2026-01-31")]),
            BadInputCase(
                "monthly: folder month 13", text: ["data/2026-13/cs.csv": head + "E001,1,0\n"],
                [E("data/2026-13", nil, nil, "folder name \"2026-13\" is not a month")]),
            BadInputCase(
                "monthly: folder with a one-digit month", text: ["data/2026-2/cs.csv": head + "E001,1,0\n"],
                [E("data/2026-2", nil, nil, "folder name \"2026-2\" is not a month")]),
            BadInputCase(
                "monthly: folder that is not a month", text: ["data/latest/cs.csv": head + "E001,1,0\n"],
                [E("data/latest", nil, nil, "folder name \"latest\" is not a month")]),
            BadInputCase(
                "monthly: a file that is not CSV", text: ["data/2025-12/notes.txt": "看一下\n"],
                [W("data/2025-12/notes.txt", nil, nil, "only .csv and .xlsx files are read in data folders; this file is ignored")]),
            BadInputCase(
                "monthly: a file directly under data", text: ["data/cs.csv": head + "E001,1,0\n"],
                [E("data/cs.csv", nil, nil, "files in data/ must be inside a month folder")]),
            BadInputCase(
                "monthly: header only", text: ["data/2026-01/cs.csv": head],
                [E("data/2026-01/cs.csv", 1, nil, "the file has a header but no rows")]),
            BadInputCase(
                "monthly: far fewer rows than the month before", text: ["data/2026-01/cs.csv": head + "E001,31000,0\n"],
                [E("data/2026-01/cs.csv", nil, nil, "the file has far fewer rows than in 2025-12: 1 instead of 3 (−66%)")]),
            BadInputCase(
                "monthly: an expected file missing",
                text: declaring(
                    "  expected: [cs]", ["data/2026-01/cs.csv": nil, "data/2026-01/other.csv": "employee,visits\nE002,3\n"]),
                [E("data/2026-01/cs.csv", nil, nil, "the expected data file cs.csv is missing for 2026-01")]),
            BadInputCase(
                "monthly: NUL byte in a value", text: [dec: head + "E001,300\u{0}00,0\n"],
                [E("data/2025-12/cs.csv", 2, 6, "\"300\u{0}00\" in column sales is not a number")]),
            BadInputCase(
                "monthly: department file with an unknown department",
                text: ["data/2025-12/departments.csv": "department,orders\nsales,3\n"],
                [E("data/2025-12/departments.csv", 2, 1, "unknown department \"sales\"")]),
            BadInputCase(
                "monthly: department file with a bad number", text: ["data/2025-12/departments.csv": "department,orders\ncs,很多\n"],
                [E("data/2025-12/departments.csv", 2, 4, "\"很多\" in column orders is not a number")]),
            BadInputCase(
                "monthly: a 300,000-character employee id is quoted briefly",
                text: [dec: head + "\(String(repeating: "E", count: 300_000)),1,0\n"],
                [E(dec, 2, 1, "unknown employee \"\(String(repeating: "E", count: 80))…\" (300000 characters)")]),
        ]
    }
}
