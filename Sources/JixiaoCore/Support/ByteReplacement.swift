import Foundation

/// Find and replace on bytes (UTF-8 text compared byte by byte): every occurrence of a
/// pattern, left to right and never overlapping, replaced. The site fills `{name}` in locale
/// patterns with it, thousands of times a build, and puts a department edition's name into
/// pages copied from the company edition; Foundation's `replacingOccurrences` would bridge
/// each string through `NSString`.
package enum ByteReplacement {
    /// `bytes` with every occurrence of `pattern` replaced by `replacement`, scanning left to
    /// right (after a match the scan goes on behind it, so `aa` in `aaa` is replaced once);
    /// `nil` when nothing was replaced (no occurrence, or an empty pattern).
    package static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        let n = bytes.count, m = pattern.count
        guard let first = pattern.first, n >= m else { return nil }
        var out: [UInt8] = []
        var copied = 0, i = 0
        while i <= n - m {
            if bytes[i] == first, pattern.indices.allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                if out.isEmpty { out.reserveCapacity(n + replacement.count) }
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: replacement)
                i += m
                copied = i
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<n]))
        return out
    }

    /// The same find and replace on any contiguous bytes (`[UInt8]`, `Data`).
    package static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: some ContiguousBytes) -> [UInt8]? {
        bytes.withUnsafeBytes { replacing(pattern, with: replacement, in: $0) }
    }
}
