import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// A link in navigation or a list.
public struct NavLink: Sendable {
    /// Visible text.
    public var label: String
    /// Relative URL.
    public var href: String
    /// Whether it is the current page (rendered with `aria-current`).
    public var current: Bool
    /// Optional secondary text.
    public var note: String

    /// Creates a link.
    public init(label: String, href: String, current: Bool = false, note: String = "") {
        self.label = label
        self.href = href
        self.current = current
        self.note = note
    }
}
