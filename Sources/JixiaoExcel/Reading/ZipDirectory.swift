import Foundation

/// The central directory of a zip archive, read with every offset and size checked against
/// the file: each entry's name, compression method, sizes, checksum and where its data lies.
///
/// Reading the directory here (rather than through ZIPFoundation's `Archive`) keeps a damaged
/// file from making a reader seek past the end of its data, which ZIPFoundation's in-memory
/// archive does not survive.
struct ZipDirectory: Sendable {
    /// One stored file.
    struct Entry: Sendable {
        /// 0 = stored, 8 = deflated.
        var method: Int
        /// Size of the data in the archive.
        var compressedSize: Int
        /// Size of the data unpacked, as declared.
        var uncompressedSize: Int
        /// CRC-32 of the unpacked data, as declared.
        var checksum: UInt32
        /// Byte range of the (packed) data in the archive.
        var data: Range<Int>
    }

    /// The entries by path.
    var entries: [String: Entry]

    /// Reads the directory; `nil` when the file is not a zip archive or is damaged (an offset
    /// or size outside the file, a ZIP64 archive, a bad signature).
    init?(_ data: Data) {
        guard
            let entries = data.withUnsafeBytes({ raw -> [String: Entry]? in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard let end = Self.endRecord(bytes) else { return nil }
                return Self.entries(bytes, end: end)
            })
        else { return nil }
        self.entries = entries
    }

    private static func u16(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
    private static func u32(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }

    /// Position of the end of central directory record, scanning back from the end.
    private static func endRecord(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count >= 22 else { return nil }
        var i = b.count - 22
        let lowest = max(0, b.count - 22 - 65_535)
        while i >= lowest {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 { return i }
            i -= 1
        }
        return nil
    }

    private static func entries(_ b: UnsafeBufferPointer<UInt8>, end: Int) -> [String: Entry]? {
        let count = u16(b, end + 10), size = u32(b, end + 12), start = u32(b, end + 16)
        // ZIP64 archives (markers of all ones) are far beyond the workbook limits.
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF, start + size <= end else { return nil }
        var result: [String: Entry] = [:]
        var entry = start
        for _ in 0..<count {
            guard entry + 46 <= start + size, u32(b, entry) == 0x0201_4B50 else { return nil }
            let method = u16(b, entry + 10), checksum = UInt32(u32(b, entry + 16))
            let compressed = u32(b, entry + 20), uncompressed = u32(b, entry + 24)
            let nameLength = u16(b, entry + 28), local = u32(b, entry + 42)
            let next = entry + 46 + nameLength + u16(b, entry + 30) + u16(b, entry + 32)
            guard next <= start + size, compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF,
                local + 30 <= start, u32(b, local) == 0x0403_4B50
            else { return nil }
            let dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28)
            guard dataStart + compressed <= start else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[(entry + 46)..<(entry + 46 + nameLength)]), as: UTF8.self)
            result[name] = Entry(
                method: method, compressedSize: compressed, uncompressedSize: uncompressed,
                checksum: checksum, data: dataStart..<(dataStart + compressed))
            entry = next
        }
        return result
    }
}
