extension YAMLParser {
    /// The error for a character YAML does not allow (a NUL or other control character), at
    /// its line and column and naming it (`U+0000`); Yams gives only its offset.
    static func readerDiagnostic(_ problem: String, offset: Int?, value: Int32, in text: String, file: String, firstLine: Int) -> Diagnostic
    {
        let hex = String(value, radix: 16, uppercase: true)
        let code = value >= 0 ? " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))" : ""
        let message = "YAML could not be read: \(problem)\(code)"
        let fix = "remove the character, or save the file as UTF-8 text"
        guard let offset, offset >= 0, offset <= text.count else {
            return .error(SourceLocation(file: file, line: firstLine), message, fix: fix)
        }
        var (line, column) = (0, 1)
        for character in text.prefix(offset) {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return .error(SourceLocation(file: file, line: firstLine + line, column: column), message, fix: fix)
    }
}
