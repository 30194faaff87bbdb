/// A small streaming JSON writer with deterministic output: keys are written in the order
/// given, numbers exactly as decimals (never through `Double`), strings escaped. Writes
/// UTF-8 bytes straight into a buffer (a results file can be hundreds of megabytes).
public struct JSONWriter: Sendable {
    /// The bytes being written (after the finished `chunks`).
    private var bytes: [UInt8] = []
    /// Finished pieces of the output, in order (large arrays are kept as their own pieces
    /// instead of being copied into one buffer).
    private var chunks: [[UInt8]] = []
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var pretty: Bool { !indentUnit.isEmpty }

    /// Creates a writer; `indent` spaces per level (0 = compact).
    public init(indent: Int = 0) {
        indentUnit = String(repeating: " ", count: indent)
        bytes.reserveCapacity(1 << 16)
    }

    /// Creates a writer for the elements of an array `depth` levels deep, written elsewhere
    /// (values are separated by commas; no brackets). See ``rawArray(_:elements:)``.
    package init(indent: Int, elementsAtDepth depth: Int) {
        self.init(indent: indent)
        needsComma = [Bool](repeating: false, count: depth + 1)
    }

    /// The output as one buffer.
    package var joinedBytes: [UInt8] { chunks.isEmpty ? bytes : Array(parts.joined()) }

    /// The text written so far.
    public var text: String { String(decoding: parts.joined(), as: UTF8.self) }

    /// The output as pieces of UTF-8, in order (write them one after another).
    public var parts: [[UInt8]] { bytes.isEmpty ? chunks : chunks + [bytes] }

    private mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 {
            append("\n" + String(repeating: indentUnit, count: needsComma.count - 1))
        }
    }

    /// Escapes a string as a JSON string literal.
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal. `<`, `>`, `&`, U+2028 and U+2029 are escaped
    /// too, so the text is safe inside a `<script>` element.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            out.append(UInt8(ascii: "\""))
            var clean = true
            for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2 {
                clean = false
                break
            }
            if clean {
                out.append(contentsOf: utf8)
            } else {
                appendEscaped(utf8, to: &out)
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x3C, 0x3E, 0x26, 0x00..<0x20:
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                out += Array("\\u202".utf8) + [utf8[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                i += 2
            default: out.append(b)
            }
            i += 1
        }
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k {
            Self.appendQuoted(k, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }
    }

    /// Starts an object (as a value in an array, or under `key` in an object).
    public mutating func beginObject(_ k: String? = nil) {
        key(k)
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    /// Ends the current object.
    public mutating func endObject() {
        let had = needsComma.removeLast()
        if pretty && had { append("\n" + String(repeating: indentUnit, count: needsComma.count - 1)) }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Starts an array.
    public mutating func beginArray(_ k: String? = nil) {
        key(k)
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    /// Ends the current array.
    public mutating func endArray() {
        let had = needsComma.removeLast()
        if pretty && had { append("\n" + String(repeating: indentUnit, count: needsComma.count - 1)) }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a string (or null).
    public mutating func string(_ k: String? = nil, _ value: String?) {
        key(k)
        if let value { Self.appendQuoted(value, to: &bytes) } else { append("null") }
    }

    /// Writes an exact decimal number (or null).
    public mutating func number(_ k: String? = nil, _ value: DecimalNumber?) {
        key(k)
        append(value?.plainText ?? "null")
    }

    /// Writes a whole number (or null).
    public mutating func int(_ k: String? = nil, _ value: Int?) {
        key(k)
        append(value.map(String.init) ?? "null")
    }

    /// Writes a boolean.
    public mutating func bool(_ k: String? = nil, _ value: Bool) {
        key(k)
        append(value ? "true" : "false")
    }

    /// Writes already-encoded JSON as the value of `k`.
    public mutating func raw(_ k: String? = nil, _ json: String) {
        key(k)
        append(json)
    }

    /// Writes an array under `k` whose elements are already-encoded JSON (UTF-8), keeping
    /// each element as its own piece of the output.
    public mutating func rawArray(_ k: String? = nil, elements: [[UInt8]]) {
        key(k)
        bytes.append(UInt8(ascii: "["))
        var first = true
        for element in elements where !element.isEmpty {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            chunks.append(bytes)
            chunks.append(element)
            bytes = []
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an array of strings.
    public mutating func strings(_ k: String? = nil, _ values: [String]) {
        beginArray(k)
        for v in values { string(nil, v) }
        endArray()
    }
}
