import Foundation

extension CSVParser.Reader {
    /// One field read, or why the record cannot be used.
    enum FieldOutcome {
        case field(Field)
        case bad(Diagnostic)
        case fatal(Diagnostic)
    }

    /// Reads a field that starts with a double quote, up to its closing quote and the spaces
    /// after it; a quote never closed is fatal (the rest of the file would be swallowed).
    mutating func quotedField() -> FieldOutcome {
        let quote = UInt8(ascii: "\""), n = bytes.count
        let openLine = line, openOffset = position
        position += 1
        let start = position
        var escaped = false
        var end = -1
        while position < n {
            let b = bytes[position]
            if b == quote {
                if position + 1 < n, bytes[position + 1] == quote {
                    escaped = true
                    position += 2
                    continue
                }
                end = position
                position += 1
                break
            }
            if b == 0x0A { line += 1 }
            position += 1
        }
        if end < 0 {
            return .fatal(
                .error(
                    SourceLocation(file: path, line: openLine, column: column(of: openOffset)),
                    "unbalanced quote: the quoted field that starts here is never closed, so the rest of the file would be swallowed",
                    fix: "add the closing double quote, or write a quote inside a field as two quotes (\"\")"))
        }
        // After the closing quote: optional spaces, then a comma, a line end or the end.
        while position < n, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D { position += 1 }
        if position < n, bytes[position] != UInt8(ascii: ","), bytes[position] != 0x0A {
            let diagnostic = Diagnostic.error(
                SourceLocation(file: path, line: line, column: column(of: position)),
                "unexpected text after the closing quote of a field"
                    + (openLine != line ? " (the quote opened on line \(openLine) may be unbalanced)" : ""),
                fix: "put the whole field in quotes and write quotes inside it as two quotes (\"\")")
            skipLine()
            return .bad(diagnostic)
        }
        return .field(Field(start: start, end: end, quoted: true, escaped: escaped))
    }

    /// Reads a field without quotes up to the next comma or line end (a trailing CR dropped);
    /// a double quote inside it makes the record bad.
    mutating func unquotedField() -> FieldOutcome {
        let n = bytes.count
        let start = position
        while position < n {
            let b = bytes[position]
            if b == UInt8(ascii: ",") || b == 0x0A { break }
            if b == UInt8(ascii: "\"") {
                let diagnostic = Diagnostic.error(
                    SourceLocation(file: path, line: line, column: column(of: position)),
                    "stray double quote inside an unquoted field",
                    fix: "put the whole field in double quotes and write the quote as two quotes (\"\")")
                skipLine()
                return .bad(diagnostic)
            }
            position += 1
        }
        var end = position
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return .field(Field(start: start, end: end, quoted: false, escaped: false))
    }
}
