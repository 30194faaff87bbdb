import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Writes CSV for downloads: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF
/// line ends, fields quoted when needed, and cells that start like a spreadsheet formula
/// prefixed with `'` (as OWASP recommends) so opening the file can never run a formula.
///
/// A cell is neutralised when its first character other than leading spaces is `=`, `+`,
/// `-`, `@`, tab or carriage return — except a plain negative number (`-`, digits, and an
/// optional `.` with digits, e.g. `-12.50`), which stays a number so numeric columns still
/// sum in a spreadsheet. Only that exact shape is exempt: `-1e3`, `-inf` or `-12.5%` are
/// neutralised like any other text.
public enum CSVWriter {
    /// The CSV text (with BOM) of a header and rows.
    public static func csv(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}"
        out.reserveCapacity(64 + rows.count * max(1, header.count) * 12)
        append(header, to: &out)
        for row in rows { append(row, to: &out) }
        return out
    }

    /// Appends one CSV line (with CRLF) to `out`.
    public static func append<Row: Sequence<String>>(_ row: Row, to out: inout String) {
        for (i, cell) in row.enumerated() {
            if i > 0 { out += "," }
            append(field: cell, to: &out)
        }
        out += "\r\n"
    }

    /// One field, quoted and neutralised as needed.
    public static func field(_ text: String) -> String {
        var out = ""
        append(field: text, to: &out)
        return out
    }

    /// Appends one field, quoted and neutralised as needed, scanning its UTF-8 bytes once.
    static func append(field text: String, to out: inout String) {
        let bytes = text.utf8
        guard !bytes.isEmpty else { return }
        let prefix = needsNeutralising(bytes)
        var quote = false
        var hasQuote = false
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""): quote = true; hasQuote = true
            case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): quote = true
            default: continue
            }
            if hasQuote { break }
        }
        if quote { out += "\"" }
        if prefix { out += "'" }
        if hasQuote {
            for part in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
                if part.offset > 0 { out += "\"\"" }
                out += part.element
            }
        } else {
            out += text
        }
        if quote { out += "\"" }
    }

    /// Whether a cell would start a formula: its first byte after leading spaces is `=`,
    /// `+`, `-`, `@`, tab or CR, and it is not a plain negative number.
    static func needsNeutralising(_ bytes: String.UTF8View) -> Bool {
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return false }
        switch bytes[start] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): return true
        case UInt8(ascii: "-"): return !isPlainNumber(bytes[bytes.index(after: start)...])
        default: return false
        }
    }

    /// Whether bytes are digits with an optional `.` followed by digits (`12`, `12.50`).
    static func isPlainNumber(_ bytes: Substring.UTF8View) -> Bool {
        var digits = 0
        var sawPoint = false
        var fraction = 0
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if sawPoint { fraction += 1 } else { digits += 1 }
            case UInt8(ascii: ".") where !sawPoint: sawPoint = true
            default: return false
            }
        }
        return digits > 0 && (!sawPoint || fraction > 0)
    }
}
