import Foundation
import JixiaoCore

/// One `{{…}}` tag of a template, found by ``TemplateTag/scan(_:file:)`` before swift-mustache
/// parses the template: its sigil (`#`, `^`, `/`, `>`, `<`, `$`…, or none for a value), name
/// and place, so structural problems can be reported at file:line:column.
struct TemplateTag: Sendable {
    /// The first character of the tag when it is a sigil, else `nil` (a value tag).
    let sigil: Character?
    /// The name after the sigil, trimmed.
    let name: String
    /// Where the tag starts (`{{`).
    let location: SourceLocation

    /// Sigils that open a section that a `{{/name}}` must close.
    static let opening: Set<Character> = ["#", "^", "$", "<"]

    /// The outcome of scanning a template.
    enum Scan {
        /// Every tag, in order.
        case tags([TemplateTag])
        /// A `{{` without its closing `}}`.
        case unclosed(SourceLocation)
        /// The template changes its delimiters (`{{=<% %>=}}`); it is left to swift-mustache.
        case customDelimiters
    }

    /// The tags of `text` (a template read from `file`), with lines and columns as an editor counts them.
    static func scan(_ text: String, file: String) -> Scan {
        let chars = Array(text)
        var tags: [TemplateTag] = []
        var (index, line, column) = (0, 1, 1)
        func advance(to end: Int) {
            while index < end {
                if chars[index].isNewline { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        while index < chars.count {
            guard chars[index] == "{", index + 1 < chars.count, chars[index + 1] == "{" else { advance(to: index + 1); continue }
            // swift-mustache reads a `{{` at the end of a line as text.
            if index + 2 < chars.count, chars[index + 2].isNewline { advance(to: index + 2); continue }
            let location = SourceLocation(file: file, line: line, column: column)
            let triple = index + 2 < chars.count && chars[index + 2] == "{"
            let close: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            let start = index + close.count
            guard let end = find(close, in: chars, from: start) else { return .unclosed(location) }
            let inner = String(chars[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            advance(to: end + close.count)
            if triple { tags.append(TemplateTag(sigil: nil, name: inner, location: location)); continue }
            guard let first = inner.first, "#^/>!<$=&%".contains(first) else {
                tags.append(TemplateTag(sigil: nil, name: inner, location: location))
                continue
            }
            if first == "=" { return .customDelimiters }
            let name = inner.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
            tags.append(TemplateTag(sigil: first, name: name, location: location))
        }
        return .tags(tags)
    }

    /// The index where `pattern` next starts at or after `start`.
    private static func find(_ pattern: [Character], in chars: [Character], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= chars.count {
            if chars[index] == pattern[0], Array(chars[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }
}
