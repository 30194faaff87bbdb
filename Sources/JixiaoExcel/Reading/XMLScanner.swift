/// A small, fast pull scanner for the XML of sheet and shared-string parts: start tags (with
/// their attribute bytes), end tags and text, element names without namespace prefixes.
///
/// It does not build a tree and never expands entities beyond the five predefined ones and
/// character references (document types are refused before scanning).
struct XMLScanner {
    /// One step through the document.
    enum Event {
        /// `<name …>`; `attributes` is the byte range between the name and `>` or `/>`.
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        /// `</name>`.
        case end(name: Range<Int>)
        /// Character data (raw, entities not yet decoded); `cdata` when from `<![CDATA[…]]>`.
        case text(Range<Int>, cdata: Bool)
    }

    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next event, `nil` at the end; throws on a tag that is never closed.
    mutating func next() throws(WorkbookProblem) -> Event? {
        let n = bytes.count
        let lt = UInt8(ascii: "<")
        while position < n {
            if bytes[position] != lt {
                let start = position
                while position < n, bytes[position] != lt { position += 1 }
                return .text(start..<position, cdata: false)
            }
            guard position + 1 < n else { throw Self.truncated }
            let second = bytes[position + 1]
            if second == UInt8(ascii: "?") {
                try skip(past: [UInt8]("?>".utf8))
                continue
            }
            if second == UInt8(ascii: "!") {
                if matches("<![CDATA[", at: position) {
                    let start = position + 9
                    try skip(past: [UInt8]("]]>".utf8))
                    return .text(start..<(position - 3), cdata: true)
                }
                if matches("<!--", at: position) {
                    try skip(past: [UInt8]("-->".utf8))
                    continue
                }
                throw Self.truncated
            }
            return try tag()
        }
        return nil
    }

    private mutating func tag() throws(WorkbookProblem) -> Event {
        let n = bytes.count
        let closing = bytes[position + 1] == UInt8(ascii: "/")
        position += closing ? 2 : 1
        var nameStart = position
        while position < n, !Self.endsName(bytes[position]) {
            if bytes[position] == UInt8(ascii: ":") { nameStart = position + 1 }
            position += 1
        }
        let name = nameStart..<position
        let attributesStart = position
        var quote: UInt8 = 0
        while position < n {
            let b = bytes[position]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                break
            }
            position += 1
        }
        guard position < n else { throw Self.truncated }
        let selfClosing = position > attributesStart && bytes[position - 1] == UInt8(ascii: "/")
        let attributesEnd = selfClosing ? position - 1 : position
        position += 1
        if closing { return .end(name: name) }
        return .start(name: name, attributes: attributesStart..<attributesEnd, selfClosing: selfClosing)
    }

    /// Whether the element name at `range` is `name` (ASCII).
    func name(_ range: Range<Int>, is name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { buffer in
            var i = range.lowerBound
            for b in buffer {
                if bytes[i] != b { return false }
                i += 1
            }
            return true
        }
    }

    /// The raw value of attribute `name` (prefix ignored) in a start tag's attribute bytes.
    func attribute(_ name: StaticString, in range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end, Self.isSpace(bytes[i]) { i += 1 }
            var keyStart = i
            while i < end, bytes[i] != UInt8(ascii: "="), !Self.isSpace(bytes[i]) {
                if bytes[i] == UInt8(ascii: ":") { keyStart = i + 1 }
                i += 1
            }
            let key = keyStart..<i
            while i < end, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { return nil }
            let quote = bytes[i]
            i += 1
            let valueStart = i
            while i < end, bytes[i] != quote { i += 1 }
            if self.name(key, is: name) { return valueStart..<i }
            i += 1
        }
        return nil
    }

    /// The attribute's value as text (entities decoded).
    func attributeText(_ name: StaticString, in range: Range<Int>) -> String? {
        attribute(name, in: range).map { decode($0) }
    }

    /// Text with the predefined entities and character references decoded.
    func decode(_ range: Range<Int>, cdata: Bool = false) -> String {
        let slice = bytes[range]
        if cdata || !slice.contains(UInt8(ascii: "&")) { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            guard b == UInt8(ascii: "&"), let semicolon = bytes[i..<min(i + 12, range.upperBound)].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(b)
                i += 1
                continue
            }
            let entity = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            if let scalar = Self.entityScalar(entity) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                out.append(contentsOf: bytes[i...semicolon])
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An integer attribute value (ASCII digits).
    func integer(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        for i in range {
            let b = bytes[i]
            guard b >= 48, b <= 57 else { return nil }
            value = value &* 10 &+ Int(b - 48)
            if value > 1 << 40 { return nil }
        }
        return value
    }

    private static func entityScalar(_ entity: String) -> Unicode.Scalar? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let code = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init)
        }
    }

    private func matches(_ literal: StaticString, at index: Int) -> Bool {
        literal.withUTF8Buffer { buffer in
            guard index + buffer.count <= bytes.count else { return false }
            for (k, b) in buffer.enumerated() where bytes[index + k] != b { return false }
            return true
        }
    }

    private mutating func skip(past terminator: [UInt8]) throws(WorkbookProblem) {
        let n = bytes.count
        var i = position
        while i + terminator.count <= n {
            if bytes[i] == terminator[0], Array(bytes[i..<(i + terminator.count)]) == terminator {
                position = i + terminator.count
                return
            }
            i += 1
        }
        throw Self.truncated
    }

    private static func endsName(_ b: UInt8) -> Bool { isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") }
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    static let truncated = WorkbookProblem(
        message: "a part of the workbook is not well-formed XML (a tag is never closed)",
        fix: "open the file in Excel and save it again, or save the sheet as CSV UTF-8")
}
