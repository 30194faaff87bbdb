import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Writes CSV for downloads: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF
/// line ends, fields quoted when needed, and cells that start like a spreadsheet formula
/// (`=`, `+`, `-`, `@`, tab) prefixed with `'` so opening the file can never run a formula.
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
        guard let first = bytes.first else { return }
        let prefix: Bool
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "\t"): prefix = true
        case UInt8(ascii: "-"): prefix = Double(text) == nil
        default: prefix = false
        }
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
}
