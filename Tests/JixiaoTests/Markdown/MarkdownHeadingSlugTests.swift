import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

@Suite("Markdown: heading slugs")
struct MarkdownHeadingSlugTests {
    @Test(arguments: [
        ("病假", "病假"),
        ("3.1 病假（Sick Leave）", "3-1-病假-sick-leave"),
        ("Hello, World!", "hello-world"),
        ("  -- 绩效 -- 等级 --  ", "绩效-等级"),
        ("第二章：考核周期", "第二章-考核周期"),
        ("ÉCOLE Straße", "École-straße"),
        (#"<script>alert("x")</script>"#, "script-alert-x-script"),
        ("!!!", "section"),
        ("", "section"),
        ("C++ & C#", "c-c"),
    ])
    func slug(_ input: String, _ expected: String) {
        #expect(HeadingSlug.slug(input) == expected)
    }

    @Test func uniqueBySuffix() {
        var ids = HeadingIDs()
        #expect(ids.makeID(for: "概述") == "概述")
        #expect(ids.makeID(for: "概述") == "概述-1")
        #expect(ids.makeID(for: "概述") == "概述-2")
        #expect(ids.makeID(for: "") == "section")
        #expect(ids.makeID(for: "?") == "section-1")
    }

    @Test func suffixSkipsTakenIDs() {
        var ids = HeadingIDs()
        #expect(ids.makeID(for: "a-1") == "a-1")
        #expect(ids.makeID(for: "a") == "a")
        #expect(ids.makeID(for: "a") == "a-2")
    }
}
