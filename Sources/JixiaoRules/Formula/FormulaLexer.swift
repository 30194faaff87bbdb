import JixiaoCore
import JixiaoMarkdown
/// Splits formula text into tokens. Accepts the full-width punctuation a Chinese input
/// method produces (`（）`, `，`, `％`, `＋` …) as well as `×`, `÷`, `≤`, `≥` and `≠`.
struct FormulaLexer {
    let map: FormulaSourceMap

    init(map: FormulaSourceMap) { self.map = map }

    private static func isNameStart(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) || a == 95
    }

    private static func isDigit(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a >= 48 && a <= 57
    }

    private static func isNamePart(_ c: Character) -> Bool { isNameStart(c) || isDigit(c) }

    private static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c.isNewline
    }

    /// All tokens, ending with `.end`.
    func tokens() throws(FormulaError) -> [FormulaToken] {
        let chars = map.characters
        var result: [FormulaToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if Self.isSpace(c) { i += 1; continue }
            let (token, end): (FormulaToken, Int)
            if Self.isDigit(c) || (c == "." && i + 1 < chars.count && Self.isDigit(chars[i + 1])) {
                (token, end) = try number(chars, at: i)
            } else if Self.isNameStart(c) {
                (token, end) = try name(chars, at: i)
            } else {
                (token, end) = try symbol(chars, at: i)
            }
            i = end
            result.append(token)
        }
        result.append(FormulaToken(kind: .end, offset: chars.count, text: ""))
        return result
    }

    /// The number starting at `start`, and where it ends.
    private func number(_ chars: [Character], at start: Int) throws(FormulaError) -> (FormulaToken, Int) {
        var i = start
        while i < chars.count, Self.isDigit(chars[i]) || chars[i] == "." { i += 1 }
        let text = String(chars[start..<i])
        if text.filter({ $0 == "." }).count > 1 {
            throw map.error(at: start, "malformed number '\(text)'", fix: "a number has at most one decimal point, e.g. 0.055")
        }
        guard let value = DecimalNumber(parsing: text) else {
            throw map.error(
                at: start, "the number '\(text)' is too large or has too many decimal places",
                fix: "numbers go up to one quadrillion with at most twelve decimals")
        }
        if i < chars.count, Self.isNameStart(chars[i]) {
            throw map.error(at: i, "a number may not be followed by a name", fix: "put an operator between them, e.g. \(text)*\(chars[i])")
        }
        return (FormulaToken(kind: .number(value), offset: start, text: text), i)
    }

    /// The name (parts joined by `.`) starting at `start`, and where it ends.
    private func name(_ chars: [Character], at start: Int) throws(FormulaError) -> (FormulaToken, Int) {
        var i = start
        while true {
            while i < chars.count, Self.isNamePart(chars[i]) { i += 1 }
            if i < chars.count, chars[i] == "." {
                if i + 1 < chars.count, Self.isNameStart(chars[i + 1]) {
                    i += 1
                    continue
                }
                throw map.error(
                    at: i + 1, "a name may not end with '.'", fix: "after '.' write the next part of the name, e.g. items.sales")
            }
            break
        }
        let text = String(chars[start..<i])
        return (FormulaToken(kind: .name(text.lowercased()), offset: start, text: text), i)
    }

    /// The operator or punctuation (one or two characters, ASCII or full-width) at `start`,
    /// and where it ends.
    private func symbol(_ chars: [Character], at start: Int) throws(FormulaError) -> (FormulaToken, Int) {
        let c = chars[start]
        let next: Character? = start + 1 < chars.count ? chars[start + 1] : nil
        let equalNext = next == "=" || next == "＝"
        var kind: FormulaToken.Kind
        var length = 1
        switch c {
        case "(", "（": kind = .leftParen
        case ")", "）": kind = .rightParen
        case ",", "，": kind = .comma
        case "+", "＋": kind = .plus
        case "-", "－", "−": kind = .minus
        case "*", "＊", "×": kind = .star
        case "/", "／", "÷": kind = .slash
        case "^": kind = .caret
        case "%", "％": kind = .percent
        case "≠": kind = .notEqual
        case "≤": kind = .lessEqual
        case "≥": kind = .greaterEqual
        case "=", "＝":
            kind = .equal
            if equalNext { length = 2 }
        case "<", "＜":
            if equalNext {
                kind = .lessEqual; length = 2
            } else if next == ">" || next == "＞" {
                kind = .notEqual; length = 2
            } else {
                kind = .less
            }
        case ">", "＞":
            if equalNext { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case "!", "！":
            if equalNext {
                kind = .notEqual; length = 2
            } else {
                throw map.error(at: start, "unexpected '!'", fix: "write NOT(x) for 'not', or <> for 'not equal'")
            }
        default:
            throw map.error(at: start, Self.unexpectedMessage(c), fix: Self.unexpectedFix(c))
        }
        return (FormulaToken(kind: kind, offset: start, text: String(chars[start..<(start + length)])), start + length)
    }

    private static func unexpectedMessage(_ c: Character) -> String {
        "unexpected character '\(c)'"
    }

    private static func unexpectedFix(_ c: Character) -> String {
        switch c {
        case "\"", "'", "“", "”", "‘", "’": "formulas work with numbers only; text values are not supported"
        case "&": "joining text with & is not supported; use AND(…) or the AND operator for conditions"
        case ":": "ranges such as A1:A3 are not supported; list the names, e.g. SUM(a, b, c)"
        case ";", "；": "separate function arguments with ','"
        case "[", "]", "{", "}": "use round parentheses ( )"
        case "$", "¥", "￥": "write amounts as plain numbers, e.g. 3000"
        default:
            if c.isLetter {
                "names of measures are written with ASCII letters, digits, '_' and '.' — use the measure's id (e.g. sales), not its title"
            } else {
                "remove it; formulas use numbers, names, + - * / ^ %, comparisons, parentheses and functions"
            }
        }
    }
}
