/// The parser: a port of swift-mustache 2.1.1's (`Template+Parser.swift`), Character by
/// Character, so that text, standalone lines and indentation come out the same.
extension CompiledTemplate {
    /// Parses `text`; nil when it uses Mustache this renderer leaves to swift-mustache, or
    /// does not parse (swift-mustache reports the error).
    init?(parsing text: String) {
        var parser = Parser(Array(text))
        guard let nodes = try? parser.parseNodes(section: nil, newLine: true) else { return nil }
        self.nodes = nodes
    }

    /// The parser state: the text and the position in it, and the delimiters.
    struct Parser {
        let characters: [Character]
        var position = 0
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]

        init(_ characters: [Character]) { self.characters = characters }

        var atEnd: Bool { position == characters.count }
        /// The current character, "\0" at the end (as swift-mustache's `current()`).
        var current: Character { atEnd ? "\0" : characters[position] }

        static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
        static let partialCharacters = nameCharacters.union(["/"])
        static let plainNameCharacters = nameCharacters.subtracting(["(", ")"])

        @discardableResult mutating func read(while test: (Character) -> Bool) -> String {
            let from = position
            while !atEnd, test(characters[position]) { position += 1 }
            return String(characters[from..<position])
        }

        /// Reads `string` if it comes next.
        mutating func read(_ string: [Character]) -> Bool {
            guard position + string.count <= characters.count, Array(characters[position..<position + string.count]) == string
            else { return false }
            position += string.count
            return true
        }

        /// Text up to a newline (not read) or a start delimiter (read).
        mutating func readText() -> String {
            var text = ""
            let first = start[0]
            while !atEnd {
                text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
                if current.isNewline { break }
                if current == first {
                    if read(start) { break }
                    text.append(first)
                    position += 1
                }
            }
            return text
        }

        /// Whether the rest of the line is blank; if so, it is read with its newline.
        mutating func lineFinished() -> Bool {
            if atEnd { return true }
            var probe = self
            probe.read { $0 == " " || $0 == "\t" }
            guard probe.current.isNewline else { return false }
            position = probe.position + 1
            return true
        }

        /// A tag's name and the closing delimiter; transforms are not covered.
        mutating func name() throws -> String {
            read(while: \.isWhitespace)
            let text = read { Self.nameCharacters.contains($0) }
            read(while: \.isWhitespace)
            guard read(end), text.allSatisfy({ Self.plainNameCharacters.contains($0) }) else { throw Unsupported() }
            return text
        }

        /// A partial's name and the closing delimiter; dynamic names are not covered.
        mutating func partialName() throws -> String {
            read(while: \.isWhitespace)
            guard current != "*" else { throw Unsupported() }
            let text = read { Self.partialCharacters.contains($0) }
            read(while: \.isWhitespace)
            guard read(end) else { throw Unsupported() }
            return text
        }
    }
}
