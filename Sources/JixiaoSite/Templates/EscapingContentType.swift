import Mustache
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The Mustache content type of every Jixiao template: escapes `{{value}}` with
/// ``HTMLEscape`` (`&`, `<`, `>`, `"`, `'`, the same set swift-mustache escapes, but scanned
/// as UTF-8 bytes instead of one `Character` at a time).
struct EscapingContentType: MustacheContentType {
    /// The name used in the `{{% CONTENT_TYPE: … }}` pragma.
    static let name = "JIXIAO_HTML"

    /// The pragma put in front of every template when it is registered.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with swift-mustache (once per process).
    static let registered: Bool = {
        MustacheContentTypes.register(EscapingContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTMLEscape.escape(text) }
}
