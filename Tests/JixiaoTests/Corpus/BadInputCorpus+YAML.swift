import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// site.yaml: YAML syntax, duplicate keys, wrong types, unknown keys and values.
    static var yamlCases: [BadInputCase] {
        [
            BadInputCase(
                "site: unclosed bracket", text: site("locale: zh-CN", "locale: [zh-CN"),
                [E("site.yaml", 4, 1, "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)")]),
            BadInputCase(
                "site: unclosed quote", text: site("company: 测试公司", "company: \"测试公司"),
                [E("site.yaml", 3, 14, "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar)")]),
            BadInputCase(
                "site: tab indentation", text: ["site.yaml": Fixtures.site + "\nworking_days:\n\t2025-12: 22\n"],
                [E("site.yaml", 5, 1, "YAML syntax error: found character that cannot start any token (while scanning for the next token)")]
            ),
            BadInputCase(
                "site: key without a space after the colon", text: site("locale: zh-CN", "locale:zh-CN"),
                [E("site.yaml", 4, 1, "YAML syntax error: could not find expected ':' (while scanning a simple key)")]),
            BadInputCase(
                "site: duplicate key names both lines", text: ["site.yaml": Fixtures.site + "\ntitle: 另一个标题"],
                [E("site.yaml", 4, 1, "\"title\" appears on line 1 and again on line 4")]),
            BadInputCase(
                "site: duplicate key in a nested mapping",
                text: ["site.yaml": Fixtures.site + "\nworking_days:\n  2025-12: 22\n  2026-01: 21\n  2025-12: 23\n"],
                [E("site.yaml", 7, 3, "\"2025-12\" appears on line 5 and again on line 7")]),
            BadInputCase(
                "site: duplicate key does not print the whole file",
                text: ["site.yaml": Fixtures.site + "\n" + (1...200).map { "# 注释 \($0)" }.joined(separator: "\n") + "\ncompany: 又一个"],
                [E("site.yaml", 204, 1, "\"company\" appears on line 2 and again on line 204")]),
            BadInputCase(
                "site: unknown key with a suggestion", text: site("title:", "titel:"),
                [E("site.yaml", 1, nil, "title is missing"), E("site.yaml", 1, 1, "unknown key \"titel\" in site.yaml")]),
            BadInputCase(
                "site: title is a list", text: site("title: 测试绩效", "title: [测试, 绩效]"),
                [E("site.yaml", 1, 8, "title must be text, but it is a list")]),
            BadInputCase(
                "site: title is a mapping", text: site("title: 测试绩效", "title: {zh: 测试绩效}"),
                [E("site.yaml", 1, 8, "title must be text, but it is a mapping (key: value lines)")]),
            BadInputCase("site: title missing", text: site("title: 测试绩效\n", ""), [E("site.yaml", 1, nil, "title is missing")]),
            BadInputCase(
                "site: title empty", text: site("title: 测试绩效", "title:"), [E("site.yaml", 1, 7, "title must be text, but it is nothing")]),
            BadInputCase("site: unsupported locale", text: site("zh-CN", "fr"), [E("site.yaml", 3, 9, "locale \"fr\" is not supported")]),
            BadInputCase(
                "site: currency is not a code", text: ["site.yaml": Fixtures.site + "\ncurrency: 人民币"],
                [E("site.yaml", 4, 11, "currency \"人民币\" is not an ISO currency code")]),
            BadInputCase(
                "site: current month 13 says which part is wrong", text: ["site.yaml": Fixtures.site + "\ncurrent_month: 2026-13"],
                [E("site.yaml", 4, 16, "month 13 does not exist")]),
            BadInputCase(
                "site: current month in year 1", text: ["site.yaml": Fixtures.site + "\ncurrent_month: 0001-01"],
                [E("site.yaml", 4, 16, "year 1 is outside 1900–2999")]),
            BadInputCase(
                "site: current month is a word", text: ["site.yaml": Fixtures.site + "\ncurrent_month: latest"],
                [E("site.yaml", 4, 16, "current_month must be a month written YYYY-MM, but it is \"latest\"")]),
            BadInputCase(
                "site: current month is a list", text: ["site.yaml": Fixtures.site + "\ncurrent_month: [2026-01]"],
                [E("site.yaml", 4, 16, "current_month must be a month, but it is a list")]),
            BadInputCase(
                "site: staff_leaderboards is not true or false", text: ["site.yaml": Fixtures.site + "\nstaff_leaderboards: 也许"],
                [E("site.yaml", 4, 21, "staff_leaderboards must be true or false, but it is \"也许\"")]),
            BadInputCase(
                "site: a 300-character value is quoted to 80",
                text: ["site.yaml": Fixtures.site + "\nstaff_leaderboards: \(String(repeating: "y", count: 300))"],
                [E("site.yaml", 4, 21, "\"\(String(repeating: "y", count: 80))…\" (300 characters)")]),
            BadInputCase(
                "site: working days month 13", text: ["site.yaml": Fixtures.site + "\nworking_days:\n  2026-13: 22\n"],
                [E("site.yaml", 5, 3, "\"2026-13\" in working_days is not a month")]),
            BadInputCase(
                "site: working days not a number", text: ["site.yaml": Fixtures.site + "\nworking_days:\n  2025-12: 二十二\n"],
                [E("site.yaml", 5, 12, "working days of 2025-12 must be a whole number, but it is \"二十二\"")]),
            BadInputCase(
                "site: working days is a list", text: ["site.yaml": Fixtures.site + "\nworking_days: [22, 21]\n"],
                [E("site.yaml", 4, 15, "working_days must be a mapping of months to day counts")]),
            BadInputCase("site: a YAML alias", text: ["site.yaml": "title: &t 测试绩效\ncompany: *t\nlocale: zh-CN\n"], []),
            BadInputCase(
                "site: the file is a list", text: ["site.yaml": "- title\n- company\n"],
                [E("site.yaml", 1, 1, "site.yaml must be a mapping of key: value lines, but it is a list")], allowsOtherErrors: true),
            BadInputCase(
                "site: the file is empty", text: ["site.yaml": ""],
                [E("site.yaml", 1, 1, "site.yaml must be a mapping of key: value lines, but it is nothing")], allowsOtherErrors: true),
            BadInputCase(
                "site: the file is missing", text: ["site.yaml": nil], [E("site.yaml", nil, nil, "site.yaml is missing")],
                allowsOtherErrors: true),
            BadInputCase(
                "site: the file is UTF-16", ["site.yaml": utf16(Fixtures.site)],
                [E("site.yaml", nil, nil, "UTF-16")],
                allowsOtherErrors: true),
            BadInputCase(
                "site: a mapping as a key", text: ["site.yaml": Fixtures.site + "\n? {a: 1}\n: 2\n"],
                [E("site.yaml", 4, 3, "a mapping key must be plain text")]),
            BadInputCase(
                "site: two documents", text: ["site.yaml": Fixtures.site + "\n---\ntitle: 二\n"],
                [E("site.yaml", 4, 1, "YAML syntax error: but found another document (expected a single document in the stream)")]),
        ]
    }
}
