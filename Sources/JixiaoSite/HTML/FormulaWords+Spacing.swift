/// Chinese spacing where formula words meet: a space between a Latin letter or digit and a Han
/// character at the edge of a filled value (the patterns put their own spaces around numbers).
extension FormulaWords {
    /// Marks where a filled value begins and ends (a private-use character, never in a name).
    static let seam: Character = "\u{E000}"

    /// `text` without its seam marks, a space put at each mark between a Latin letter or digit
    /// and a Han character.
    static func spacedSeams(_ text: String) -> String {
        var out = ""
        var previous: Character?
        var atSeam = false
        for c in text {
            if c == seam {
                atSeam = true
                continue
            }
            if atSeam, let p = previous, (isLatin(p) && isHan(c)) || (isHan(p) && isLatin(c)) { out.append(" ") }
            atSeam = false
            out.append(c)
            previous = c
        }
        return out
    }

    static func isLatin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "%") }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } ?? false
    }

    /// `text` in parentheses when its level is below `level`.
    func wrap(_ part: (text: String, level: Level), below level: Level) -> String {
        part.level < level ? "(" + part.text + ")" : part.text
    }
}
