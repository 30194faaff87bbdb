import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Policy front matter, links and page names.
    static var policyCases: [BadInputCase] {
        [
            BadInputCase(
                "policy: front matter never closed", text: policy("tags: [考核]\n---", "tags: [考核]"),
                [E("policies/cs.md", 1, nil, "the policy has no front matter")]),
            BadInputCase(
                "policy: no front matter", text: ["policies/cs.md": "# 客服考核\n\n正文。\n"],
                [E("policies/cs.md", 1, nil, "the policy has no front matter")]),
            BadInputCase(
                "policy: YAML syntax error at the right line", text: policy("summary: 示例", "summary: [示例"),
                [E("policies/cs.md", 4, 12, "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)")]),
            BadInputCase(
                "policy: tab in front matter", text: policy("owner: 人力资源部", "owner:\n\t人力资源部"),
                [
                    E(
                        "policies/cs.md", 7, 1,
                        "YAML syntax error: found character that cannot start any token (while scanning for the next token)")
                ]),
            BadInputCase(
                "policy: duplicate key names both lines", text: policy("owner: 人力资源部", "owner: 人力资源部\ntitle: 又一个"),
                [E("policies/cs.md", 7, 1, "\"title\" appears on line 2 and again on line 7")]),
            BadInputCase(
                "policy: unknown key with a suggestion", text: policy("summary:", "sumary:"),
                [E("policies/cs.md", 3, 1, "unknown key \"sumary\" in the front matter")]),
            BadInputCase(
                "policy: title missing", text: policy("title: 客服考核\n", ""), [E("policies/cs.md", 1, nil, "the policy has no title")]),
            BadInputCase(
                "policy: title is a list", text: policy("title: 客服考核", "title: [客服, 考核]"),
                [E("policies/cs.md", 2, 8, "title must be text, but it is a list")]),
            BadInputCase(
                "policy: unknown department", text: policy("departments: [cs]", "departments: [cx]"),
                [E("policies/cs.md", 4, 14, "unknown department \"cx\" in departments")]),
            BadInputCase(
                "policy: departments is a mapping", text: policy("departments: [cs]", "departments: {cs: 1}"),
                [E("policies/cs.md", 4, 14, "departments must be a list, but it is a mapping (key: value lines)")]),
            BadInputCase(
                "policy: effective month 13", text: policy("effective: 2025-12", "effective: 2025-13"),
                [E("policies/cs.md", 5, 12, "effective must be a month written YYYY-MM, but it is \"2025-13\" (month 13 does not exist)")]),
            BadInputCase(
                "policy: effective is a date", text: policy("effective: 2025-12", "effective: 2025-12-01"),
                [E("policies/cs.md", 5, 12, "effective must be a month written YYYY-MM, but it is \"2025-12-01\"")]),
            BadInputCase(
                "policy: tags is a mapping", text: policy("tags: [考核]", "tags: {a: b}"),
                [E("policies/cs.md", 7, 7, "tags must be a list, but it is a mapping (key: value lines)")]),
            BadInputCase(
                "policy: front matter is a list", text: ["policies/cs.md": "---\n- a\n- b\n---\n正文\n"],
                [E("policies/cs.md", 2, 1, "the front matter must be a mapping of key: value lines, but it is a list")],
                allowsOtherErrors: true),
            BadInputCase(
                "policy: front matter is empty", text: ["policies/cs.md": "---\n---\n正文\n"],
                [E("policies/cs.md", 2, 1, "the front matter must be a mapping of key: value lines, but it is nothing")],
                allowsOtherErrors: true),
            BadInputCase(
                "policy: not UTF-8", ["policies/cs.md": Data([0xFF, 0xFE, 0x00, 0x2D])],
                [E("policies/cs.md", nil, nil, "the file is UTF-16 little-endian")], allowsOtherErrors: true),
            BadInputCase(
                "policy: link to a missing policy", text: policy("正文。", "见 [不存在](missing.md)。"),
                [E("policies/cs.md", 11, 3, "missing.md")]),
            BadInputCase(
                "policy: two file names with the same page name",
                text: ["policies/CS.md": Fixtures.policy.replacingOccurrences(of: "客服考核", with: "客服考核二")],
                [E("policies/cs.md", 1, nil, "slug \"cs\" is also used by policies/CS.md")]),
            BadInputCase(
                "policy: file name that is not a slug",
                text: ["policies/客服 考核!.md": Fixtures.policy.replacingOccurrences(of: "客服考核", with: "客服考核三")], []),
            BadInputCase(
                "policy: a 300-character unknown key is quoted to 80", text: policy("summary:", String(repeating: "k", count: 300) + ":"),
                [E("policies/cs.md", 3, 1, "\"\(String(repeating: "k", count: 80))…\" (300 characters)")]),
        ]
    }
}
