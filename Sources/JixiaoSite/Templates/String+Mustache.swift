import Mustache
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// An empty string counts as "nothing" in Mustache sections, so `{{#summary}}…{{/summary}}`
/// is left out when there is no summary (instead of rendering an empty paragraph).
extension String: @retroactive MustacheCustomRenderable {
    /// The string itself (escaped by the template as usual).
    public var renderText: String { self }
    /// Whether the string is empty.
    public var isNull: Bool { isEmpty }
}
