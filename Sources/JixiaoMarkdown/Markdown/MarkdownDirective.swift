import JixiaoCore
/// A fenced block with the info string `jixiao NAME ARGS`, to be replaced by HTML that the
/// caller generates (for example the rule table of a policy).
public struct MarkdownDirective: Sendable, Hashable {
    /// The directive name, e.g. `scorecard`.
    public var name: String
    /// Everything after the name on the info line, trimmed.
    public var arguments: String
    /// `arguments` split on spaces; double-quoted parts (`"a b"`, with `\"` inside) stay one word.
    public var words: [String]
    /// The lines between the fences, if any.
    public var body: String
    /// Where the opening fence is.
    public var location: SourceLocation

    /// Creates a directive record.
    public init(name: String, arguments: String, body: String = "", location: SourceLocation) {
        self.name = name
        self.arguments = arguments
        self.words = MarkdownDirective.split(arguments)
        self.body = body
        self.location = location
    }

    /// Splits arguments into words, keeping double-quoted parts together.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quoted = false
        var escaped = false
        for character in text {
            if quoted {
                if escaped {
                    current.append(character); escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    quoted = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
