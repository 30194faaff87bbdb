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

    /// Decodes the bytes; `nil` when they are neither UTF-8 nor GB18030.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
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

    /// Encodes text as GB18030 (for tests and the example-data tooling).
    public static func gb18030(_ text: String) -> Data? {
        let cfEncoding = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
        return text.data(using: String.Encoding(rawValue: cfEncoding))
    }
}
