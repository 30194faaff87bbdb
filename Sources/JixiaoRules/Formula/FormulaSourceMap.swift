import JixiaoCore
import JixiaoMarkdown
/// Maps character offsets inside a formula's text to places in the policy file and builds
/// the excerpt (formula line plus caret) shown under a diagnostic.
///
/// Offsets count `Character`s, so a Chinese character counts as one column, as editors
/// show it.
struct FormulaSourceMap: Sendable {
    /// The formula text split into characters.
    let characters: [Character]
    /// Where the formula's first character sits in the policy file.
    let origin: SourceLocation
    /// Offset of the first character of every line of the formula.
    let lineStarts: [Int]

    init(source: String, origin: SourceLocation) {
        let characters = Array(source)
        var starts = [0]
        for (index, character) in characters.enumerated() where character.isNewline {
            starts.append(index + 1)
        }
        self.characters = characters
        self.origin = origin
        self.lineStarts = starts
    }

    /// The 0-based formula line holding `offset` and the offset of that line's start.
    func lineIndex(of offset: Int) -> (line: Int, start: Int) {
        var line = 0
        while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset { line += 1 }
        return (line, lineStarts[line])
    }

    /// The place in the policy file of the character at `offset`.
    func location(of offset: Int) -> SourceLocation {
        let (line, start) = lineIndex(of: offset)
        if line == 0 {
            return SourceLocation(file: origin.file, line: origin.line, column: origin.column.map { $0 + offset })
        }
        return SourceLocation(file: origin.file, line: origin.line.map { $0 + line }, column: offset - start + 1)
    }

    /// A short human description of a place, e.g. `column 7` or `line 13, column 2`.
    func describe(_ offset: Int) -> String {
        let place = location(of: offset)
        let (line, _) = lineIndex(of: offset)
        if line == 0 || place.line == nil, let column = place.column {
            return "column \(column)"
        }
        if let lineNumber = place.line, let column = place.column {
            return "line \(lineNumber), column \(column)"
        }
        return "character \(offset + 1) of the formula"
    }

    /// The formula line holding `offset` and, below it, a caret under that character.
    func excerpt(at offset: Int) -> String {
        let (line, start) = lineIndex(of: offset)
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : characters.count
        end = max(start, min(end, characters.count))
        let text = String(characters[start..<end])
        var caret = ""
        var index = start
        while index < offset {
            // Keep tabs so the caret lines up with the text above it.
            caret.append(index < characters.count && characters[index] == "\t" ? "\t" : " ")
            index += 1
        }
        caret.append("^")
        return text + "\n" + caret
    }

    /// A formula error at `offset`.
    func error(at offset: Int, _ message: String, fix: String? = nil) -> FormulaError {
        FormulaError(location: location(of: offset), message: message, fix: fix, excerpt: excerpt(at: offset))
    }
}
