/// Renders compiled templates (``CompiledTemplate``) from typed values, as swift-mustache
/// 2.1.1 renders the same templates: a name is looked up from the innermost section
/// outwards; a name the page model does not have either is recorded as a miss. One render
/// on one thread.
struct TemplateRenderer {
    typealias Node = CompiledTemplate.Node
    /// The templates by name (partials included).
    let templates: [String: CompiledTemplate]
    /// The names looked up in the page model that it does not have.
    private(set) var misses: Set<String> = []
    /// The values of the enclosing sections; the page model first.
    private var stack: [TemplateValue]

    init(templates: [String: CompiledTemplate], model: any TemplateFields) {
        self.templates = templates
        stack = [.object(model)]
        stack.reserveCapacity(8)
    }

    /// Renders `nodes` onto `out`. With an indentation (a standalone partial's), every line the
    /// nodes start gets it, as swift-mustache does: each part rendered on its own, the
    /// indentation put before a non-empty part that follows a newline.
    mutating func render(_ nodes: [Node], escaping: TemplateEscaping, indentation: String?, into out: inout String) {
        var escaping = escaping
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, escaping: &escaping, indentation: indentation, into: &out) }
            return
        }
        var own = ""
        for node in nodes {
            var part = ""
            render(node, escaping: &escaping, indentation: indentation, into: &part)
            if !part.isEmpty, own.last == "\n" { own += indentation }
            own += part
        }
        out += own
    }

    /// Renders one node; a content-type node changes `escaping` for the nodes after it.
    private mutating func render(_ node: Node, escaping: inout TemplateEscaping, indentation: String?, into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text: String
            if case .text(let plain) = value { text = plain } else { text = value.renderedText }
            if escaped { escaping.append(text, to: &out) } else { out += text }
        case .section(let name, let nodes, let inverted):
            let value = lookUp(name)
            if inverted {
                renderInverted(value, nodes, escaping: escaping, indentation: indentation, into: &out)
            } else {
                renderSection(value, nodes, escaping: escaping, indentation: indentation, into: &out)
            }
        case .partial(let name, let indented):
            guard let template = templates[name] else { return }
            let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
            render(template.nodes, escaping: .html, indentation: inner, into: &out)
        case .contentType(let contentType):
            escaping = contentType
        }
    }

    /// `{{#name}}`: once per element of a list, once for a true flag or any other value
    /// (which becomes the innermost section), never for a false flag, empty text or nothing.
    private mutating func renderSection(_ value: TemplateValue?, _ nodes: [Node], escaping: TemplateEscaping, indentation: String?, into out: inout String) {
        switch value {
        case .none: return
        case .list(let list)?:
            for index in 0..<list.count { renderInside(list[index], nodes, escaping: escaping, indentation: indentation, into: &out) }
        case .flag(let flag)?:
            if flag { render(nodes, escaping: escaping, indentation: indentation, into: &out) }
        case .text(let text)? where text.isEmpty: return
        case let value?: renderInside(value, nodes, escaping: escaping, indentation: indentation, into: &out)
        }
    }

    /// `{{^name}}`: once for an empty list, a false flag, empty text or nothing.
    private mutating func renderInverted(_ value: TemplateValue?, _ nodes: [Node], escaping: TemplateEscaping, indentation: String?, into out: inout String) {
        switch value {
        case .none: render(nodes, escaping: escaping, indentation: indentation, into: &out)
        case .list(let list)?:
            if list.count == 0 { renderInside(.list(list), nodes, escaping: escaping, indentation: indentation, into: &out) }
        case .flag(let flag)?:
            if !flag { render(nodes, escaping: escaping, indentation: indentation, into: &out) }
        case .text(let text)? where text.isEmpty: render(nodes, escaping: escaping, indentation: indentation, into: &out)
        case .some: return
        }
    }

    /// Renders `nodes` with `value` as the innermost section.
    private mutating func renderInside(_ value: TemplateValue, _ nodes: [Node], escaping: TemplateEscaping, indentation: String?, into out: inout String) {
        stack.append(value)
        render(nodes, escaping: escaping, indentation: indentation, into: &out)
        stack.removeLast()
    }

    /// The value of a name: its first part from the innermost section that has it (only the
    /// innermost for `.a`), the other parts from that value; a first part not even the page
    /// model has is a miss.
    private mutating func lookUp(_ name: CompiledTemplate.Name) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var value: TemplateValue?
        if name.innermostOnly {
            value = field(first, ofFrame: stack.count - 1)
        } else {
            var frame = stack.count - 1
            while value == nil, frame >= 0 {
                value = field(first, ofFrame: frame)
                frame -= 1
            }
        }
        for part in name.parts.dropFirst() {
            guard let current = value else { return nil }
            value = current.field(part)
        }
        return value
    }

    /// Field `name` of one section's value; a miss when that is the page model's.
    private mutating func field(_ name: String, ofFrame frame: Int) -> TemplateValue? {
        let value = stack[frame].field(name)
        if value == nil, frame == 0 { misses.insert(name) }
        return value
    }
}
