import Foundation

/// A zip archive built in memory, its entries deflated: byte for byte what ZIPFoundation's
/// `Archive(data:accessMode: .create)` + `addEntry(…, modificationDate: 2026-01-01 00:00,
/// compressionMethod: .deflate)` wrote (UTF-8 flag, version 2.0 needed, made by 2.1 on Unix,
/// mode 0644, no extra fields), without its file emulation, copies and per-entry set-up.
///
/// No ZIP64: an entry or archive beyond 4 GiB is refused (workbooks are far smaller).
struct ZipArchiveWriter {
    /// The local headers and data written so far.
    private var bytes: [UInt8] = []
    /// The central directory records so far.
    private var central: [UInt8] = []
    private var count = 0
    private let deflater: Deflater

    /// MS-DOS time and date of every entry: 2026-01-01 00:00 (the stamp of the old writer in UTC,
    /// now independent of the machine's time zone).
    static let dosTime: UInt16 = 0, dosDate: UInt16 = (46 << 9) | (1 << 5) | 1

    /// An empty archive.
    init() throws(ZipWriteError) {
        deflater = try Deflater()
    }

    /// Adds `path` holding `contents`, deflated.
    mutating func add(_ path: String, contents: [UInt8]) throws(ZipWriteError) {
        let result = contents.withUnsafeBytes { buffer in Result { () throws(ZipWriteError) in try deflater.deflate(buffer) } }
        let (deflated, crc) = try result.get()
        try add(path, deflated: deflated, crc: crc, size: contents.count)
    }

    /// Adds `path` whose contents of `size` bytes with checksum `crc` were deflated before.
    mutating func add(_ path: String, deflated: [UInt8], crc: UInt32, size: Int) throws(ZipWriteError) {
        let name = Array(path.utf8)
        guard name.count < 0xFFFF, size < Int(UInt32.max), deflated.count < Int(UInt32.max), bytes.count < Int(UInt32.max), count < 0xFFFF
        else { throw .tooLarge(path) }
        let offset = UInt32(bytes.count)
        // Local file header.
        Self.put32(0x0403_4B50, &bytes)
        Self.putCommon(crc: crc, compressed: deflated.count, size: size, nameLength: name.count, to: &bytes)
        Self.put16(0, &bytes)  // extra field length
        bytes += name
        bytes += deflated
        // Central directory record.
        Self.put32(0x0201_4B50, &central)
        Self.put16(0x0315, &central)  // made by: 2.1, Unix
        Self.putCommon(crc: crc, compressed: deflated.count, size: size, nameLength: name.count, to: &central)
        for _ in 0..<4 { Self.put16(0, &central) }  // extra, comment, disk, internal attributes
        Self.put32(0o100644 << 16, &central)  // external attributes: a regular file, rw-r--r--
        Self.put32(offset, &central)
        central += name
        count += 1
    }

    /// The finished archive: entries, central directory and its end record.
    consuming func finish() throws(ZipWriteError) -> Data {
        guard bytes.count + central.count < Int(UInt32.max) else { throw .tooLarge("the archive") }
        let start = UInt32(bytes.count)
        bytes += central
        Self.put32(0x0605_4B50, &bytes)
        Self.put32(0, &bytes)  // this disk, the central directory's disk
        Self.put16(UInt16(count), &bytes)
        Self.put16(UInt16(count), &bytes)
        Self.put32(UInt32(central.count), &bytes)
        Self.put32(start, &bytes)
        Self.put16(0, &bytes)  // comment length
        return Data(bytes)
    }

    /// The fields local header and central record share, from "version needed" to the name length.
    private static func putCommon(crc: UInt32, compressed: Int, size: Int, nameLength: Int, to out: inout [UInt8]) {
        put16(20, &out)  // version needed: 2.0
        put16(0x0800, &out)  // flags: UTF-8 names
        put16(8, &out)  // deflate
        put16(dosTime, &out)
        put16(dosDate, &out)
        put32(crc, &out)
        put32(UInt32(compressed), &out)
        put32(UInt32(size), &out)
        put16(UInt16(nameLength), &out)
    }

    private static func put16(_ value: UInt16, _ out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value))
        out.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private static func put32(_ value: UInt32, _ out: inout [UInt8]) {
        put16(UInt16(truncatingIfNeeded: value), &out)
        put16(UInt16(truncatingIfNeeded: value >> 16), &out)
    }
}
