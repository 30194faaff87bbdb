import Foundation
import Mustache
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// The site's Mustache templates: `site-templates/*.mustache`, each replaceable by a file of
/// the same name in the content folder's `templates/`. Rendering checks that every name a
/// template uses exists in the view model, and that every partial exists, so a typo is a
/// build error with the template's file and line instead of silent empty text.
public struct TemplateSet: Sendable {
    /// Template sources by name (file name without `.mustache`).
    public let sources: [String: String]
    /// The file each template came from (for messages).
    public let files: [String: String]
    let library: MustacheLibrary
    /// The templates parsed once for the typed renderer; nil when one of them uses Mustache it
    /// does not cover (then swift-mustache renders every page).
    let compiled: [String: CompiledTemplate]?

    /// Loads templates from `base` and applies overrides from `override` (either may be missing).
    public static func load(base: any FileSystem, baseLabel: String, override: (any FileSystem)?, overrideLabel: String)
        throws(DiagnosticError) -> TemplateSet
    {
        var sources: [String: String] = [:]
        var files: [String: String] = [:]
        var diagnostics = Diagnostics()
        func read(_ fs: any FileSystem, _ label: String) {
            for name in fs.list("") where name.hasSuffix(".mustache") {
                let key = String(name.dropLast(".mustache".count))
                guard let data = try? fs.read(name), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.error(SourceLocation(file: label + name), "cannot read the template as UTF-8", fix: "save it as UTF-8")
                    continue
                }
                sources[key] = text
                files[key] = label + name
            }
        }
        read(base, baseLabel)
        if let override { read(override, overrideLabel) }
        try validate(sources: sources, files: files, diagnostics)
        var library = MustacheLibrary()
        _ = EscapingContentType.registered
        for key in sources.keys.sorted() {
            do {
                try library.register(EscapingContentType.pragma + sources[key]!, named: key)
            } catch {
                diagnostics.error(
                    SourceLocation(file: files[key] ?? key, line: 1), "template syntax error: \(error)",
                    fix: "check that every {{#section}} is closed with {{/section}}")
            }
        }
        // Partials must exist.
        for key in sources.keys.sorted() {
            for (name, line) in Self.tags(in: sources[key]!, prefix: ">") where sources[name] == nil {
                diagnostics.error(
                    SourceLocation(file: files[key]!, line: line), "template \(key) includes the missing partial \"\(name)\"",
                    fix: "create \(name).mustache or correct the name")
            }
        }
        try diagnostics.throwIfErrors()
        var compiled: [String: CompiledTemplate]? = [:]
        for (key, source) in sources {
            guard let template = CompiledTemplate(parsing: EscapingContentType.pragma + source) else {
                compiled = nil
                break
            }
            compiled?[key] = template
        }
        return TemplateSet(sources: sources, files: files, library: library, compiled: compiled)
    }

    /// Tags with a given prefix (`>` partials, `#` sections…) and their lines.
    static func tags(in text: String, prefix: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var line = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" { line += 1 }
            if text[index...].hasPrefix("{{") {
                let start = text.index(index, offsetBy: 2)
                guard let close = text[start...].range(of: "}}") else { break }
                var inner = text[start..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if inner.hasPrefix(prefix) {
                    inner.removeFirst(prefix.count)
                    result.append((inner.trimmingCharacters(in: .whitespaces), line))
                }
                line += text[index..<close.upperBound].filter { $0 == "\n" }.count
                index = close.upperBound
                continue
            }
            index = text.index(after: index)
        }
        return result
    }

    /// Every `{{t.key}}` used by the templates, with its file and line.
    public func localeKeys() -> [(key: String, location: SourceLocation)] {
        var keys: [(String, SourceLocation)] = []
        for name in sources.keys.sorted() {
            for (tag, line) in Self.tags(in: sources[name]!, prefix: "") {
                var t = tag
                if let first = t.first, "#^/&{".contains(first) { t.removeFirst() }
                t = t.trimmingCharacters(in: CharacterSet(charactersIn: " }"))
                if t.hasPrefix("t.") { keys.append((String(t.dropFirst(2)), SourceLocation(file: files[name]!, line: line))) }
            }
        }
        return keys
    }

    /// Renders `model` with template `name`; a missing template or an unknown name is an error.
    public func render(_ model: Any, template name: String) throws(DiagnosticError) -> String {
        guard sources[name] != nil else {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: "site-templates/\(name).mustache"), "the template \(name) is missing",
                    fix: "restore site-templates/\(name).mustache"))
        }
        let (text, misses) = try rendered(model, template: name)
        if !misses.isEmpty {
            throw DiagnosticError(
                misses.sorted().map { miss in
                    .error(
                        locate(miss, from: name),
                        "template uses \"\(miss)\", which the \(String(describing: type(of: model))) page model does not have",
                        fix: "correct the name; see docs/site.md for the names each page offers")
                })
        }
        return text
    }

    /// The page and the names it looked up that the model does not have: by the compiled
    /// templates when the model names its fields, else by swift-mustache.
    func rendered(_ model: Any, template name: String) throws(DiagnosticError) -> (String, Set<String>) {
        if let compiled, let fields = model as? any TemplateFields, let template = compiled[name] {
            var renderer = TemplateRenderer(templates: compiled, model: fields)
            var text = ""
            renderer.render(template.nodes, escaping: .html, indentation: nil, into: &text)
            return (text, renderer.misses)
        }
        let tracker = MissTracker(model)
        guard let text = library.render(tracker, withTemplate: name) else {
            throw DiagnosticError(.error(SourceLocation(file: files[name] ?? name), "the template \(name) could not be rendered"))
        }
        return (text, tracker.misses)
    }

    /// The first place a name is used: the page template, then its partials.
    func locate(_ name: String, from template: String) -> SourceLocation {
        let order = [template] + sources.keys.sorted().filter { $0 != template }
        for t in order {
            for (tag, line) in Self.tags(in: sources[t]!, prefix: "") {
                var inner = tag
                if let first = inner.first, "#^/&{".contains(first) { inner.removeFirst() }
                if inner.trimmingCharacters(in: CharacterSet(charactersIn: " }")) == name {
                    return SourceLocation(file: files[t]!, line: line)
                }
            }
        }
        return SourceLocation(file: files[template] ?? template)
    }
}
