import JixiaoMarkdown

/// How a compiled template escapes `{{name}}`, set by `{{% CONTENT_TYPE: … }}`.
enum TemplateEscaping: Sendable {
    /// Jixiao's own content type (every template starts with it): ``HTMLEscape``.
    case jixiao
    /// swift-mustache's `HTML`: the same five characters, compared as whole Characters.
    case html
    /// `TEXT`: nothing escaped.
    case none

    private static let entities: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    /// Appends `text`, escaped, to `out`.
    func append(_ text: String, to out: inout String) {
        switch self {
        case .jixiao:
            var needs = false
            for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
                needs = true
                break
            }
            out += needs ? HTMLEscape.escape(text) : text
        case .html:
            for character in text {
                if let entity = Self.entities[character] { out += entity } else { out.append(character) }
            }
        case .none:
            out += text
        }
    }
}
