/// A template parsed once into nodes and rendered from typed page models (``TemplateFields``):
/// no tag is parsed, no name split and no value cast from `Any` while a page is rendered.
/// It follows swift-mustache 2.1.1 exactly (the same standalone-line and partial-indentation
/// rules), for the Mustache it covers: variables, sections, inverted sections, comments,
/// partials, set delimiters and the content-type pragma. A template using anything else
/// (transforms, dynamic partials, inheritance) is not compiled and swift-mustache renders it.
struct CompiledTemplate: Sendable {
    /// A name in a tag: `.`, `a`, `a.b.c` or `.a` (only the innermost section).
    struct Name: Sendable, Hashable {
        /// The name as written.
        let text: String
        /// Its parts between dots (empty for `.`).
        let parts: [String]
        /// Whether the first part is looked up in the innermost section only (`.` and `.a`).
        let innermostOnly: Bool

        init(_ text: String) {
            self.text = text
            parts = text == "." ? [] : text.split(separator: ".").map(String.init)
            innermostOnly = text.first == "."
        }
    }

    /// One piece of a parsed template.
    indirect enum Node: Sendable {
        /// Literal text.
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}`.
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(Name, [Node], inverted: Bool)
        /// `{{> name}}`, with the indentation of a standalone tag.
        case partial(String, indentation: String?)
        /// `{{% CONTENT_TYPE: … }}`: how later variables are escaped.
        case contentType(TemplateEscaping)
    }

    /// The nodes of the template.
    let nodes: [Node]

    /// The parts of Mustache a compiled template does not cover.
    struct Unsupported: Error {}
}
