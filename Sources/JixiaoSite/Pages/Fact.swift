import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A labelled value in a description list.
public struct Fact: Sendable {
    /// Label.
    public var label: String
    /// Value text.
    public var value: String
    /// Link ("" when none).
    public var href: String
    /// Whether the value links somewhere.
    public var hasHref: Bool

    /// Creates a fact.
    public init(_ label: String, _ value: String, href: String? = nil) {
        self.label = label
        self.value = value
        self.href = href ?? ""
        self.hasHref = href != nil
    }
}
