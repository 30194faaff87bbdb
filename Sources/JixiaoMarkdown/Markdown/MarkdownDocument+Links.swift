import JixiaoCore
extension MarkdownDocument {
    /// For a destination that is a relative link to a `.md` file or a same-page `#heading`,
    /// the percent-decoded path (`nil` for same-page) and fragment; `nil` for other links
    /// (URLs with a scheme, site-relative paths, non-Markdown files), which pass through.
    static func policyLinkParts(_ url: String) -> (path: String?, fragment: String?)? {
        let utf8 = url.utf8
        guard let first = utf8.first else { return nil }
        if first == 0x23 {  // "#"
            let fragment = percentDecode(Substring(utf8.dropFirst()))
            return fragment.isEmpty ? nil : (nil, fragment)
        }
        if first == 0x2F || first == 0x5C || hasScheme(url) { return nil }
        var pathEnd = utf8.endIndex
        var fragment: String? = nil
        if let hash = utf8.firstIndex(of: 0x23) {
            let decoded = percentDecode(Substring(utf8[utf8.index(after: hash)...]))
            fragment = decoded.isEmpty ? nil : decoded
            pathEnd = hash
        }
        if let query = utf8[..<pathEnd].firstIndex(of: 0x3F) { pathEnd = query }
        let path = percentDecode(Substring(utf8[..<pathEnd]))
        guard path.utf8.count > 3, isMarkdownPath(path) else { return nil }
        return (path, fragment)
    }

    /// Whether the path ends with `.md` (any case).
    static func isMarkdownPath(_ path: String) -> Bool {
        var bytes = path.utf8.reversed().makeIterator()
        guard let d = bytes.next(), let m = bytes.next(), let dot = bytes.next() else { return false }
        return dot == 0x2E && (m | 0x20) == 0x6D && (d | 0x20) == 0x64
    }

    /// Whether the URL starts with `scheme:`.
    static func hasScheme(_ url: String) -> Bool {
        var first = true
        for byte in url.utf8 {
            if byte == 0x3A { return !first }
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
            let isOther = (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            if first ? !isLetter : !(isLetter || isOther) { return false }
            first = false
        }
        return false
    }

    /// Decodes `%XX` escapes (invalid UTF-8 is repaired, bad escapes kept as written).
    static func percentDecode(_ text: Substring) -> String {
        guard text.utf8.contains(0x25) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let utf8 = Array(text.utf8)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x41 + 10
            case 0x61...0x66: return byte - 0x61 + 10
            default: return nil
            }
        }
        while index < utf8.count {
            if utf8[index] == 0x25, index + 2 < utf8.count, let high = hex(utf8[index + 1]), let low = hex(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Joins a relative link path to the folder of the linking file and resolves `.` and
    /// `..`: `policies/a.md` + `leave.md` → `policies/leave.md`.
    static func joinPath(base: String, relative: String) -> String {
        if !relative.utf8.contains(0x2F) && !relative.hasPrefix(".") {
            guard let slash = base.utf8.lastIndex(of: 0x2F) else { return relative }
            return String(base[...slash]) + relative
        }
        var parts = base.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast()
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(part))
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "/")
    }
}
