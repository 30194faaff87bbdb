/// Plain text from generated HTML, for the search index: tags removed (block tags become
/// a space, inline tags nothing), entities decoded, whitespace collapsed, and whitespace
/// between two CJK characters dropped (a soft line break inside a Chinese sentence).
enum HTMLText {
    /// Marks an element boundary: always one space, even between CJK characters.
    private static let boundary: Character = "\u{1F}"

    /// Elements whose boundaries separate words.
    private static let blocks: Set<String> = [
        "p", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "section", "pre", "blockquote",
        "dd", "dt", "dl", "hr", "details", "summary",
    ]

    /// The visible text of an HTML fragment, normalised.
    static func plain(_ html: Substring) -> String {
        var raw = ""
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let close = html[i...].firstIndex(of: ">") {
                let tag = html[html.index(after: i)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if blocks.contains(name) { raw.append(HTMLText.boundary) }
                i = html.index(after: close)
            } else if c == "&", let semi = html[i...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: i)..<semi])
            {
                raw.append(decoded)
                i = html.index(after: semi)
            } else {
                raw.append(c)
                i = html.index(after: i)
            }
        }
        return collapse(raw)
    }

    /// The character of an entity name (without `&` and `;`), or `nil` when unknown.
    private static func entity(_ name: Substring) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
            guard name.hasPrefix("#"), let code = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                let scalar = Unicode.Scalar(code)
            else { return nil }
            return Character(scalar)
        }
    }

    /// Whether a character is a CJK ideograph or CJK punctuation.
    private static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(v) || (0x3400...0x9FFF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    /// Collapses whitespace runs to one space, and drops those between two CJK characters
    /// unless they hold an element boundary.
    private static func collapse(_ s: String) -> String {
        var out = ""
        var pendingSpace = false
        var forced = false
        for c in s {
            if c.isWhitespace || c == boundary {
                pendingSpace = !out.isEmpty
                forced = forced || c == boundary
                continue
            }
            if pendingSpace, let last = out.last, forced || !(isCJK(last) && isCJK(c)) { out.append(" ") }
            pendingSpace = false
            forced = false
            out.append(c)
        }
        return out
    }
}
