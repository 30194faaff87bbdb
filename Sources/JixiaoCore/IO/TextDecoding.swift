import Foundation
#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// Turns the bytes of an exported file into text: UTF-8 (with or without a byte-order mark)
/// or, when the bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312, what Excel
/// on Chinese Windows saves).
public enum TextDecoding {
    /// The encoding a file was found to be in.
    public enum Encoding: String, Sendable {
        /// UTF-8 without BOM.
        case utf8
        /// UTF-8 with a byte-order mark.
        case utf8BOM = "utf8-bom"
        /// GB18030 / GBK.
        case gb18030
    }

    /// Decodes the bytes; `nil` when they are neither UTF-8 nor GB18030, and for UTF-16
    /// (which, without a byte-order mark, would otherwise pass as UTF-8 full of NUL bytes).
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        if utf16Kind(data) != nil { return nil }
        var bytes = [UInt8](data)
        var encoding = Encoding.utf8
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
            encoding = .utf8BOM
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, encoding)
        }
        let cfEncoding = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
        if let text = String(data: Data(bytes), encoding: String.Encoding(rawValue: cfEncoding)) {
            return (text, .gb18030)
        }
        return nil
    }

    /// Why the bytes cannot be decoded, as an error at `path` that names what the file is
    /// (UTF-16, Excel's "Unicode Text") and how to save it; `nil` when they decode.
    public static func problem(_ data: Data, path: String) -> Diagnostic? {
        if let kind = utf16Kind(data) {
            return .error(
                SourceLocation(file: path), "the file is \(kind) — Excel's \"Unicode Text\", which jixiao does not read",
                fix: "in Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\"")
        }
        guard decode(data) == nil else { return nil }
        return .error(
            SourceLocation(file: path), "the file is neither UTF-8 nor GB18030 text",
            fix: "save it from Excel as \"CSV UTF-8\" (or CSV in GB18030/GBK)")
    }

    /// "UTF-16 little-endian" or "UTF-16 big-endian" when the bytes look like UTF-16: a
    /// UTF-16 byte-order mark, or (without one) NUL bytes in every other place, as ASCII text
    /// such as a CSV header has in UTF-16; `nil` otherwise.
    static func utf16Kind(_ data: Data) -> String? {
        let head = data.prefix(512)
        guard head.count >= 2 else { return nil }
        let first = head[head.startIndex], second = head[head.startIndex + 1]
        if first == 0xFF, second == 0xFE { return "UTF-16 little-endian" }
        if first == 0xFE, second == 0xFF { return "UTF-16 big-endian" }
        guard head.count >= 4 else { return nil }
        var zeros = [0, 0]
        for (offset, byte) in head.enumerated() where byte == 0 { zeros[offset % 2] += 1 }
        let pairs = head.count / 2
        if zeros[1] * 2 >= pairs, zeros[0] * 10 <= pairs { return "UTF-16 little-endian" }
        if zeros[0] * 2 >= pairs, zeros[1] * 10 <= pairs { return "UTF-16 big-endian" }
        return nil
    }

    /// Encodes text as GB18030 (for tests and the example-data tooling).
    public static func gb18030(_ text: String) -> Data? {
        let cfEncoding = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
        return text.data(using: String.Encoding(rawValue: cfEncoding))
    }
}
