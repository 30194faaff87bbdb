import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSite

/// The manifest's pieces: XXH64 and the manifest text.
@Suite("Site manifest and content hash")
struct SiteManifestTests {
    @Test("XXH64 gives the reference values and the same hash however the bytes are split")
    func xxh64() {
        // Reference values of XXH64 with seed 0 (xxhsum -H64).
        #expect(ContentHash.of([]) == 0xEF46_DB37_51D8_E999)
        #expect(ContentHash.of(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(ContentHash.of(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = ContentHash.of(bytes)
        for split in [1, 5, 31, 32, 33, 500, 999] {
            var hasher = ContentHash()
            bytes.withUnsafeBytes { all in
                hasher.update(UnsafeRawBufferPointer(rebasing: all[..<split]))
                hasher.update(UnsafeRawBufferPointer(rebasing: all[split...]))
            }
            #expect(hasher.finish() == whole, "split at \(split)")
        }
        #expect(ContentHash.of(bytes, seed: 1) != whole)
        #expect(ContentHash.hex(0xAB) == "00000000000000ab")
    }

    @Test("the manifest reads back what it wrote, sorted by path; a damaged one is refused")
    func roundTrip() throws {
        var location = SourceLocation(file: "data/2026-11/cs.csv", line: 3, column: 7)
        location.cell = nil
        let warning = Diagnostic(.warning, at: location, "far fewer rows \"than\" before", fix: "check the export", excerpt: "E001,1\n  ^")
        var record = BuildRecord(input: String(repeating: "ab", count: 16), locale: "en", warnings: [warning])
        record.groups = ["site": "0123456789abcdef", "body:policies/a b.md": "fedcba9876543210"]
        record.shells = "{}\n"
        let manifest = SiteManifest(
            record: record, files: ["b/c.html": .init(size: 5, hash: 42), "a b.html": .init(size: 0, hash: 0xFFFF_FFFF_FFFF_FFFF)])
        let text = manifest.text
        #expect(
            text.hasPrefix(
                "jixiao-manifest 2\ninput abab" + String(repeating: "ab", count: 14)
                    + "\ngroup fedcba9876543210 body:policies/a b.md\ngroup 0123456789abcdef site\nlocale en\nshells "
                    + ContentHash.hex(ContentHash.of(Array("{}\n".utf8))) + " 3\nwarning "))
        #expect(text.hasSuffix("file ffffffffffffffff 0 a b.html\nfile 000000000000002a 5 b/c.html\n"))
        // Read back, the record holds the shells' hash and size, not their text.
        var read = try #require(SiteManifest(text: text))
        #expect(read.shells == SiteManifest.Entry(size: 3, hash: ContentHash.of(Array("{}\n".utf8))))
        #expect(read.record.groups == record.groups && read.record.shells.isEmpty)
        read.record.shells = record.shells
        #expect(read == manifest)
        #expect(SiteManifest(text: "jixiao-manifest 1\n") == nil)
        #expect(SiteManifest(text: text.replacingOccurrences(of: "file 0000", with: "file zz00")) == nil)
    }
}
