/// The parser's main loop (swift-mustache's `parse(_:state:)`, for the tags it covers).
extension CompiledTemplate.Parser {
    typealias Node = CompiledTemplate.Node
    typealias Unsupported = CompiledTemplate.Unsupported

    /// The nodes up to the end of `section` (or of the text), with swift-mustache's
    /// standalone-line rules: a line holding only a section, comment, partial, pragma or
    /// delimiter tag and blanks leaves no trace.
    mutating func parseNodes(section: String?, newLine startsOnNewLine: Bool) throws -> [Node] {
        var nodes: [Node] = []
        var newLine = startsOnNewLine
        var blanks = ""
        while !atEnd {
            if newLine { blanks = read { $0 == " " || $0 == "\t" } }
            let text = readText()
            if current.isNewline {
                nodes.append(.text(blanks + text + String(current)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanks + text))
                blanks = ""
                newLine = false
            }
            if atEnd { break }
            func flushBlanks() {
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                blanks = ""
            }
            var standalone = false
            let tag = current
            switch tag {
            case "#", "^":
                position += 1
                let name = try self.name()
                standalone = newLine && lineFinished()
                if !standalone { flushBlanks() }
                let inner = try parseNodes(section: name, newLine: standalone ? newLine : false)
                nodes.append(.section(CompiledTemplate.Name(name), inner, inverted: tag == "^"))
            case "/":
                position += 1
                guard try self.name() == section else { throw Unsupported() }
                if !(newLine && lineFinished()) { flushBlanks() }
                return nodes
            case "!":
                position += 1
                try skipComment()
                standalone = newLine && lineFinished()
            case "{", "&":
                flushBlanks()
                position += 1
                let name = try self.name()
                if tag == "{" { guard read(["}"]) else { throw Unsupported() } }
                nodes.append(.variable(CompiledTemplate.Name(name), escaped: false))
            case ">":
                position += 1
                let name = try partialName()
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                standalone = newLine && lineFinished()
                nodes.append(.partial(name, indentation: standalone ? blanks : nil))
                blanks = ""
            case "=":
                position += 1
                try setDelimiters()
                standalone = newLine && lineFinished()
            case "%":
                position += 1
                nodes.append(.contentType(try contentType()))
                standalone = newLine && lineFinished()
            case "<", "$":
                throw Unsupported()
            default:
                flushBlanks()
                nodes.append(.variable(CompiledTemplate.Name(try self.name()), escaped: true))
            }
            newLine = standalone
        }
        guard section == nil else { throw Unsupported() }
        return nodes
    }

    /// Skips a comment up to and including the closing delimiter (matched as swift-mustache
    /// matches it: after a partial match fails, the next character is compared afresh).
    mutating func skipComment() throws {
        var matched = 0
        while !atEnd {
            if characters[position] == end[matched] {
                matched += 1
                if matched == end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw Unsupported()
    }

    /// `{{=<% %>=}}`: new delimiters.
    mutating func setDelimiters() throws {
        read(while: \.isWhitespace)
        let newStart = read { !$0.isWhitespace }
        read(while: \.isWhitespace)
        let newEnd = read { $0 != "=" && !$0.isWhitespace }
        read(while: \.isWhitespace)
        guard read(["="]), read(end), !newStart.isEmpty, !newEnd.isEmpty else { throw Unsupported() }
        start = Array(newStart)
        end = Array(newEnd)
    }

    /// `{{% CONTENT_TYPE: … }}`: Jixiao's own, swift-mustache's `HTML` or `TEXT`.
    mutating func contentType() throws -> TemplateEscaping {
        read(while: \.isWhitespace)
        let variable = read { Self.plainNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard read([":"]) else { throw Unsupported() }
        read(while: \.isWhitespace)
        let value = read { Self.plainNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard read(end), variable == "CONTENT_TYPE" else { throw Unsupported() }
        switch value {
        case EscapingContentType.name: return .jixiao
        case "HTML": return .html
        case "TEXT": return .none
        default: throw Unsupported()
        }
    }
}
