import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A policy page.
public struct PolicyPage: Sendable {
    /// Shared page parts.
    public var chrome: Chrome
    /// Title.
    public var title: String
    /// Facts (effective, owner, departments, tags).
    public var facts: [Fact]
    /// Summary.
    public var summary: String
    /// Table of contents HTML (generated, escaped).
    public var toc: String
    /// Whether there is a table of contents.
    public var hasTOC: Bool
    /// Body HTML (libcmark, safe mode, with generated rule tables).
    public var body: String
    /// The body's language when it differs from the page's (`zh-CN` on the English site),
    /// else empty.
    public var bodyLang: String = ""
    /// Whether the body is in another language than the page.
    public var hasBodyLang: Bool { !bodyLang.isEmpty }
    /// The notice saying so ("The text of this policy is in Chinese; …"), else empty.
    public var bodyNotice: String = ""
    /// Version notes.
    public var versions: [Fact]
    /// Whether the policy has more than one version.
    public var hasVersions: Bool
}
