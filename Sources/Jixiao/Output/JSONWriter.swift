/// A small streaming JSON writer with deterministic output: keys are written in the order
/// given, numbers exactly as decimals (never through `Double`), strings escaped.
public struct JSONWriter: Sendable {
    /// The text written so far.
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var pretty: Bool { !indentUnit.isEmpty }

    /// Creates a writer; `indent` spaces per level (0 = compact).
    public init(indent: Int = 0) {
        indentUnit = String(repeating: " ", count: indent)
        text.reserveCapacity(1 << 16)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 {
            text += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
    }

    /// Escapes a string as a JSON string literal.
    public static func quote(_ s: String) -> String {
        // Fast path: nothing to escape.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k { text += Self.quote(k) + (pretty ? ": " : ":") }
    }

    /// Starts an object (as a value in an array, or under `key` in an object).
    public mutating func beginObject(_ k: String? = nil) {
        key(k)
        text += "{"
        needsComma.append(false)
    }

    /// Ends the current object.
    public mutating func endObject() {
        let had = needsComma.removeLast()
        if pretty && had { text += "\n" + String(repeating: indentUnit, count: needsComma.count - 1) }
        text += "}"
    }

    /// Starts an array.
    public mutating func beginArray(_ k: String? = nil) {
        key(k)
        text += "["
        needsComma.append(false)
    }

    /// Ends the current array.
    public mutating func endArray() {
        let had = needsComma.removeLast()
        if pretty && had { text += "\n" + String(repeating: indentUnit, count: needsComma.count - 1) }
        text += "]"
    }

    /// Writes a string (or null).
    public mutating func string(_ k: String? = nil, _ value: String?) {
        key(k)
        text += value.map(Self.quote) ?? "null"
    }

    /// Writes an exact decimal number (or null).
    public mutating func number(_ k: String? = nil, _ value: DecimalNumber?) {
        key(k)
        text += value?.plainText ?? "null"
    }

    /// Writes a whole number (or null).
    public mutating func int(_ k: String? = nil, _ value: Int?) {
        key(k)
        text += value.map(String.init) ?? "null"
    }

    /// Writes a boolean.
    public mutating func bool(_ k: String? = nil, _ value: Bool) {
        key(k)
        text += value ? "true" : "false"
    }

    /// Writes already-encoded JSON as the value of `k`.
    public mutating func raw(_ k: String? = nil, _ json: String) {
        key(k)
        text += json
    }

    /// Writes an array of strings.
    public mutating func strings(_ k: String? = nil, _ values: [String]) {
        beginArray(k)
        for v in values { string(nil, v) }
        endArray()
    }
}
