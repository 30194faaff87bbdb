/// Writes CSV for downloads: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF
/// line ends, fields quoted when needed, and cells that start like a spreadsheet formula
/// (`=`, `+`, `-`, `@`) prefixed with `'` so opening the file can never run a formula.
public enum CSVWriter {
    /// The CSV text (with BOM) of a header and rows.
    public static func csv(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}"
        out += header.map(field).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// One field, quoted and neutralised as needed.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+@".contains(first) || (first == "-" && Double(value) == nil) || first == "\t" {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
