import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// CSV syntax and encodings, on the employees file (and one departments file).
    static var csvCases: [BadInputCase] {
        let header = "id,name,department,role,manager,hire_date,status,regular_date,leave_date,base_salary,position_pay"
        return [
            BadInputCase(
                "csv: unclosed quote", text: employees("E003,张伟,", "E003,\"张伟,"),
                [
                    E(
                        "employees.csv", 4, 6,
                        "unbalanced quote: the quoted field that starts here is never closed, so the rest of the file would b")
                ], allowsOtherErrors: true),
            BadInputCase(
                "csv: quote inside an unquoted field", text: employees("E003,张伟,", "E003,张\"伟\","),
                [E("employees.csv", 4, 7, "stray double quote inside an unquoted field")], allowsOtherErrors: true),
            BadInputCase(
                "csv: text after a closing quote", text: employees("E003,张伟,", "E003,\"张伟\"x,"),
                [E("employees.csv", 4, 10, "unexpected text after the closing quote of a field")], allowsOtherErrors: true),
            BadInputCase("csv: doubled quotes inside a quoted field are fine", text: employees("E003,张伟,", "E003,\"张\"\"伟\","), []),
            BadInputCase("csv: quoted field spanning lines", text: employees("E003,张伟,", "E003,\"张\n伟\","), []),
            BadInputCase(
                "csv: row with too few fields",
                text: employees("E004,刘洋,logistics,warehouse,E002,2026-01-05,trial,,,5500,", "E004,刘洋,logistics"),
                [E("employees.csv", 5, nil, "this row has 3 fields but the header has 11")]),
            BadInputCase(
                "csv: row with too many fields",
                text: employees(
                    "E003,张伟,cs,cs-agent,E001,2025-03-15,regular,,,6000,800", "E003,张伟,cs,cs-agent,E001,2025-03-15,regular,,,6000,800,x,y"),
                [E("employees.csv", 4, nil, "this row has 13 fields but the header has 11")], allowsOtherErrors: true),
            BadInputCase(
                "csv: unquoted thousands separator makes a ragged row", text: employees(",6000,800\nE004", ",6,000,800\nE004"),
                [E("employees.csv", 4, nil, "this row has 12 fields but the header has 11")], allowsOtherErrors: true),
            BadInputCase(
                "csv: duplicate column", text: employees(header, header.replacingOccurrences(of: "role,", with: "name,")),
                [
                    E("employees.csv", 1, 1, "missing required column \"role\""),
                    E("employees.csv", 1, 20, "column \"name\" appears twice in the header (also column 2)"),
                ], allowsOtherErrors: true),
            BadInputCase(
                "csv: missing id column", text: employees(header, header.replacingOccurrences(of: "id,name", with: "code,name")),
                [E("employees.csv", 1, 1, "missing required column \"id\"")], allowsOtherErrors: true),
            BadInputCase(
                "csv: empty file", text: ["employees.csv": ""], [E("employees.csv", 1, nil, "the file is empty: a header row is needed")],
                allowsOtherErrors: true),
            BadInputCase(
                "csv: only blank lines", text: ["employees.csv": "\n\n\n"],
                [E("employees.csv", 1, nil, "the file is empty: a header row is needed")], allowsOtherErrors: true),
            BadInputCase(
                "csv: empty header name", text: employees(header, header + ","),
                [
                    E("employees.csv", 1, 99, "column 12 of the header has no name"),
                    E("employees.csv", 2, nil, "this row has 11 fields but the header has 12"),
                    E("employees.csv", 3, nil, "this row has 11 fields but the header has 12"),
                    E("employees.csv", 4, nil, "this row has 11 fields but the header has 12"),
                    E("employees.csv", 5, nil, "this row has 11 fields but the header has 12"),
                    E("employees.csv", 6, nil, "this row has 11 fields but the header has 12"),
                ], allowsOtherErrors: true),
            BadInputCase(
                "csv: CRLF line ends are fine", text: ["employees.csv": Fixtures.employees.replacingOccurrences(of: "\n", with: "\r\n")], []
            ),
            BadInputCase(
                "csv: CR-only line ends (classic Mac) are read as lines",
                text: ["employees.csv": Fixtures.employees.replacingOccurrences(of: "\n", with: "\r")], []),
            BadInputCase("csv: blank lines between rows are fine", text: employees("\nE004", "\n\n\nE004"), []),
            BadInputCase(
                "csv: UTF-8 byte-order mark is fine", ["employees.csv": Data([0xEF, 0xBB, 0xBF]) + Data(Fixtures.employees.utf8)], []),
            BadInputCase("csv: GB18030 is fine", ["employees.csv": TextDecoding.gb18030(Fixtures.employees)], []),
            BadInputCase(
                "csv: two byte-order marks", ["employees.csv": Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) + Data(Fixtures.employees.utf8)],
                [E("employees.csv", 1, 1, "missing required column \"id\"")], allowsOtherErrors: true),
            BadInputCase(
                "csv: Latin-1 bytes",
                ["employees.csv": Data(Fixtures.employees.utf8) + Data([0x0A, 0x45, 0x30, 0x30, 0x39, 0x2C, 0xE9, 0xFF, 0xFE, 0x2C])],
                [E("employees.csv", nil, nil, "the file is neither UTF-8 nor GB18030 text")], allowsOtherErrors: true),
            BadInputCase(
                "csv: UTF-16 little-endian with BOM (Excel Unicode Text)", ["employees.csv": utf16(Fixtures.employees)],
                [E("employees.csv", nil, nil, "UTF-16")], allowsOtherErrors: true),
            BadInputCase(
                "csv: UTF-16 big-endian with BOM", ["employees.csv": utf16(Fixtures.employees, bigEndian: true)],
                [E("employees.csv", nil, nil, "UTF-16")], allowsOtherErrors: true),
            BadInputCase(
                "csv: UTF-16 without BOM", ["employees.csv": utf16(Fixtures.employees, bom: false)],
                [E("employees.csv", nil, nil, "UTF-16")], allowsOtherErrors: true),
            BadInputCase(
                "csv: UTF-16 monthly file", ["data/2025-12/cs.csv": utf16(Fixtures.month1)],
                [E("data/2025-12/cs.csv", nil, nil, "UTF-16")]),
            BadInputCase(
                "csv: tab-separated employees file", text: ["employees.csv": Fixtures.employees.replacingOccurrences(of: ",", with: "\t")],
                [E("employees.csv", 1, 1, "the file is tab-separated (Excel's \"Text (Tab delimited)\"), not comma-separated CSV")]),
            BadInputCase(
                "csv: tab-separated monthly file", text: ["data/2025-12/cs.csv": "employee\tsales\tcomplaints\nE001\t30000\t0\n"],
                [E("data/2025-12/cs.csv", 1, 1, "the file is tab-separated")]),
            BadInputCase(
                "csv: semicolon-separated file", text: ["data/2025-12/cs.csv": "employee;sales;complaints\nE001;30000;0\n"],
                [
                    E(
                        "data/2025-12/cs.csv", 1, 1,
                        "the first column must be \"employee\" (rows about people) or \"department\" (rows about departments), no")
                ], allowsOtherErrors: true),
            BadInputCase(
                "csv: NUL byte in a name", text: employees("张伟", "张\u{0}伟"),
                [E("employees.csv", 4, 6, "the name field contains a control character (U+0000)")]),
            BadInputCase(
                "csv: NUL byte in an id", text: ["data/2025-12/cs.csv": "employee,sales,complaints\nE0\u{0}01,30000,0\n"], [],
                allowsOtherErrors: true),
            BadInputCase(
                "csv: a 300,000-character field is quoted briefly",
                text: employees("E003,张伟,cs,", "E003,张伟,\(String(repeating: "x", count: 300_000)),"),
                [E("employees.csv", 4, 9, "unknown department \"\(String(repeating: "x", count: 80))…\" (300000 characters)")]),
            BadInputCase(
                "csv: header with spaces around names", text: employees(header, header.replacingOccurrences(of: ",", with: " , ")), [],
                allowsOtherErrors: true),
            BadInputCase("csv: quoted header names are fine", text: employees("id,name,", "\"id\",\"name\","), []),
            BadInputCase(
                "csv: unclosed quote in employees is reported first, not after cascades", text: employees("E001,王芳,", "E001,\"王芳,"),
                [
                    E("employees.csv", 2, 6, "unbalanced quote"),
                    W("employees.csv", nil, nil, "6 rows under data/ not checked because employees.csv could not be read"),
                ]),
        ]
    }
}
