import Foundation
@testable import JixiaoCore

extension BadInputCorpus {
    /// Policy front matter, links and page names.
    static var policyCases: [BadInputCase] {
        [
            BadInputCase("policy: front matter never closed", text: policy("tags: [考核]\n---", "tags: [考核]"), /*AUTO*/[]),
            BadInputCase("policy: no front matter", text: ["policies/cs.md": "# 客服考核\n\n正文。\n"], /*AUTO*/[]),
            BadInputCase("policy: YAML syntax error at the right line", text: policy("summary: 示例", "summary: [示例"), /*AUTO*/[]),
            BadInputCase("policy: tab in front matter", text: policy("owner: 人力资源部", "owner:\n\t人力资源部"), /*AUTO*/[]),
            BadInputCase("policy: duplicate key names both lines", text: policy("owner: 人力资源部", "owner: 人力资源部\ntitle: 又一个"),
                         [E("policies/cs.md", 8, 1, "\"title\" appears on line 2 and again on line 8")]),
            BadInputCase("policy: unknown key with a suggestion", text: policy("summary:", "sumary:"), /*AUTO*/[]),
            BadInputCase("policy: title missing", text: policy("title: 客服考核\n", ""), /*AUTO*/[]),
            BadInputCase("policy: title is a list", text: policy("title: 客服考核", "title: [客服, 考核]"), /*AUTO*/[]),
            BadInputCase("policy: unknown department", text: policy("departments: [cs]", "departments: [cx]"), /*AUTO*/[]),
            BadInputCase("policy: departments is a mapping", text: policy("departments: [cs]", "departments: {cs: 1}"), /*AUTO*/[]),
            BadInputCase("policy: effective month 13", text: policy("effective: 2025-12", "effective: 2025-13"), /*AUTO*/[]),
            BadInputCase("policy: effective is a date", text: policy("effective: 2025-12", "effective: 2025-12-01"), /*AUTO*/[]),
            BadInputCase("policy: tags is a mapping", text: policy("tags: [考核]", "tags: {a: b}"), /*AUTO*/[]),
            BadInputCase("policy: front matter is a list", text: ["policies/cs.md": "---\n- a\n- b\n---\n正文\n"], /*AUTO*/[], allowsOtherErrors: true),
            BadInputCase("policy: front matter is empty", text: ["policies/cs.md": "---\n---\n正文\n"], /*AUTO*/[], allowsOtherErrors: true),
            BadInputCase("policy: not UTF-8", ["policies/cs.md": Data([0xFF, 0xFE, 0x00, 0x2D])], /*AUTO*/[], allowsOtherErrors: true),
            BadInputCase("policy: link to a missing policy", text: policy("正文。", "见 [不存在](missing.md)。"),
                         [E("policies/cs.md", 11, 3, "missing.md")], known: "issue 12 item 4: check does not yet find broken links between policies"),
            BadInputCase("policy: two file names with the same page name", text: ["policies/CS.md": Fixtures.policy.replacingOccurrences(of: "客服考核", with: "客服考核二")],
                         [E("policies/cs.md", nil, nil, "same page name")], known: "issue 12 item 4: check does not yet find two ids that give the same page name"),
            BadInputCase("policy: file name that is not a slug", text: ["policies/客服 考核!.md": Fixtures.policy.replacingOccurrences(of: "客服考核", with: "客服考核三")], /*AUTO*/[]),
            BadInputCase("policy: a 300-character unknown key is quoted to 80", text: policy("summary:", String(repeating: "k", count: 300) + ":"),
                         [E("policies/cs.md", 3, 1, "\"\(String(repeating: "k", count: 80))…\" (300 characters)")]),
        ]
    }
}
