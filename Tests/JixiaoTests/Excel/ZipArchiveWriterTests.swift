import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoExcel

/// The zip writer of workbooks: the same bytes as ZIPFoundation, which wrote workbooks before,
/// and headers whose fields are the ones worked out by hand from the zip specification.
@Suite("Excel workbooks: zip archive writer")
struct ZipArchiveWriterTests {
    /// What the old writer made: ZIPFoundation's in-memory archive, every part deflated,
    /// stamped 2026-01-01 00:00 in the local time zone (ZIPFoundation writes local time; the old
    /// writer's stamp was that on machines set to UTC, and the new writer's in every zone).
    func zipFoundation(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = try #require(Calendar.current.date(from: DateComponents(year: 2026, month: 1, day: 1)))
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return archive.data ?? Data()
    }

    /// Parts of every size class: tiny, one ZIPFoundation chunk (16 KiB) exactly, several chunks
    /// with repeats (long matches across chunk edges), and text that hardly compresses.
    var parts: [(String, String)] {
        var noise = "", state: UInt32 = 12345
        for _ in 0..<40_000 {
            state = state &* 1_103_515_245 &+ 12345
            noise.unicodeScalars.append(Unicode.Scalar(UInt8(33 + (state >> 16) % 90)))
        }
        let rows = (0..<5000).map { #"<row r="\#($0)"><c r="A\#($0)" s="5" t="s"><v>\#($0 % 77)</v></c></row>"# }.joined()
        return [
            ("[Content_Types].xml", "<Types/>"), ("xl/工资.xml", "工资 · 11 月"), ("a.txt", String(repeating: "x", count: 16_384)),
            ("xl/worksheets/sheet1.xml", rows), ("noise.txt", noise),
        ]
    }

    @Test("the bytes ZIPFoundation wrote, for every size of part")
    func sameBytesAsZipFoundation() throws {
        for count in 1...parts.count {
            let chosen = Array(parts.prefix(count))
            #expect(try XLSXWriter.zip(chosen) == zipFoundation(chosen), "first \(count) parts")
        }
    }

    @Test("local header, central directory and end record hold the fields worked out by hand")
    func headerFields() throws {
        let data = [UInt8](try XLSXWriter.zip([("a", "aaaa")]))
        // "aaaa" deflates (fixed Huffman) to 4B 4C 4C 4C 04 00: 6 bytes; CRC-32 of "aaaa" is 0xAD98E545.
        let local: [UInt8] = [
            0x50, 0x4B, 0x03, 0x04, 20, 0, 0x00, 0x08, 8, 0, 0, 0, 0x21, 0x5C, 0x45, 0xE5, 0x98, 0xAD, 6, 0, 0, 0, 4, 0, 0, 0,
            1, 0, 0, 0, 0x61,
        ]
        #expect(Array(data.prefix(31)) == local)
        #expect(Array(data[31..<37]) == [0x4B, 0x4C, 0x4C, 0x4C, 0x04, 0x00])
        let central = Array(data[37..<(37 + 47)])
        #expect(Array(central.prefix(6)) == [0x50, 0x4B, 0x01, 0x02, 0x15, 0x03])
        #expect(Array(central[38..<42]) == [0, 0, 0xA4, 0x81])  // external attributes: 0o100644 << 16
        #expect(Array(central[42..<46]) == [0, 0, 0, 0])  // the entry starts the archive
        let end = Array(data.suffix(22))
        #expect(end == [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 47, 0, 0, 0, 37, 0, 0, 0, 0, 0])
        #expect(data.count == 37 + 47 + 22)
    }
}
