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
        func peek(_ k: Int) -> Character? { i + k < chars.count ? chars[i + k] : nil }
        while i < chars.count {
            let c = chars[i]
            let start = i
            if Self.isSpace(c) { i += 1; continue }
            if Self.isDigit(c) || (c == "." && peek(1).map(Self.isDigit) == true) {
                while i < chars.count, Self.isDigit(chars[i]) || chars[i] == "." { i += 1 }
                let text = String(chars[start..<i])
                if text.filter({ $0 == "." }).count > 1 {
                    throw map.error(at: start, "malformed number '\(text)'", fix: "a number has at most one decimal point, e.g. 0.055")
                }
                guard let value = DecimalNumber(parsing: text) else {
                    throw map.error(at: start, "the number '\(text)' is too large or has too many decimal places", fix: "numbers go up to one quadrillion with at most twelve decimals")
                }
                if i < chars.count, Self.isNameStart(chars[i]) {
                    throw map.error(at: i, "a number may not be followed by a name", fix: "put an operator between them, e.g. \(text)*\(chars[i])")
                }
                result.append(FormulaToken(kind: .number(value), offset: start, text: text))
                continue
            }
            if Self.isNameStart(c) {
                while true {
                    while i < chars.count, Self.isNamePart(chars[i]) { i += 1 }
                    if i < chars.count, chars[i] == "." {
                        if i + 1 < chars.count, Self.isNameStart(chars[i + 1]) {
                            i += 1
                            continue
                        }
                        throw map.error(at: i + 1, "a name may not end with '.'", fix: "after '.' write the next part of the name, e.g. items.sales")
                    }
                    break
                }
                let text = String(chars[start..<i])
                result.append(FormulaToken(kind: .name(text.lowercased()), offset: start, text: text))
                continue
            }
            let next = peek(1)
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
                if next == "=" || next == "＝" { length = 2 }
            case "<", "＜":
                if next == "=" || next == "＝" { kind = .lessEqual; length = 2 }
                else if next == ">" || next == "＞" { kind = .notEqual; length = 2 }
                else { kind = .less }
            case ">", "＞":
                if next == "=" || next == "＝" { kind = .greaterEqual; length = 2 } else { kind = .greater }
            case "!", "！":
                if next == "=" || next == "＝" { kind = .notEqual; length = 2 } else {
                    throw map.error(at: start, "unexpected '!'", fix: "write NOT(x) for 'not', or <> for 'not equal'")
                }
            default:
                throw map.error(at: start, Self.unexpectedMessage(c), fix: Self.unexpectedFix(c))
            }
            i += length
            result.append(FormulaToken(kind: kind, offset: start, text: String(chars[start..<i])))
        }
        result.append(FormulaToken(kind: .end, offset: chars.count, text: ""))
        return result
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
