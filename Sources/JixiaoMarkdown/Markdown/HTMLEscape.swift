import JixiaoCore
/// Escaping of text placed into HTML made by the generator.
///
/// Everything Jixiao writes into a custom node (heading ids and labels, table cells,
/// captions, table-of-contents entries) passes through here, because custom nodes are
/// printed as given, even in cmark's safe mode.
public enum HTMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe both as element text and
    /// inside a quoted attribute value.
    public static func escape(_ text: some StringProtocol) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        if !needs { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
