import Yams

extension YAMLParser {
    /// The error for a key written twice in one mapping, at the second occurrence and naming
    /// both lines (Yams reports only the first one, with the whole document as context).
    static func duplicateKey(_ key: String, first: Mark, in text: String, file: String, firstLine: Int) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstLineInFile = first.line + firstLine - 1
        var second: (line: Int, column: Int)?
        if first.line >= 1, first.line <= lines.count {
            let sameLine = lines[first.line - 1].dropFirst(first.column)
            if let column = keyColumn(key, in: sameLine) {
                second = (first.line, first.column + column)
            } else {
                // Prefer a later line with the key at the same indentation (the same block mapping).
                let later = (first.line..<lines.count).compactMap { index in
                    keyColumn(key, in: lines[index][...]).map { (line: index + 1, column: $0) }
                }
                second = later.first { $0.column == first.column } ?? later.first
            }
        }
        let name = key.quotedForMessage()
        guard let second else {
            return .error(
                SourceLocation(file: file, line: firstLineInFile, column: first.column),
                "the key \(name) appears twice in the same mapping (first on line \(firstLineInFile))",
                fix: "keep one of them")
        }
        let secondLine = second.line + firstLine - 1
        let place =
            secondLine == firstLineInFile ? "twice on line \(secondLine)" : "on line \(firstLineInFile) and again on line \(secondLine)"
        return .error(
            SourceLocation(file: file, line: secondLine, column: second.column),
            "the key \(name) appears \(place) in the same mapping", fix: "keep one of them")
    }

    /// The 1-based column where `key` (plain or quoted) starts as a mapping key in `line`
    /// (followed by optional spaces and a colon); `nil` when it is not there.
    private static func keyColumn(_ key: String, in line: Substring) -> Int? {
        for written in [key, "\"\(key)\"", "'\(key)'"] {
            var search = line.startIndex
            while let range = line[search...].range(of: written) {
                let before = range.lowerBound == line.startIndex ? " " : line[line.index(before: range.lowerBound)]
                let after = line[range.upperBound...].drop(while: { $0 == " " })
                if " \t{,-".contains(before), after.first == ":" {
                    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
                }
                search = range.upperBound
            }
        }
        return nil
    }
}
