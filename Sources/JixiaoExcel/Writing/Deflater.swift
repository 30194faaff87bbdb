import Foundation

#if canImport(zlib)
import zlib
#else
import CZlib
#endif

/// A raw deflate stream of zlib, set up once and reset for every zip entry, with the settings
/// ZIPFoundation uses (default level, 32 KiB window, memory level 9, default strategy), so an
/// entry's bytes are what `Archive.addEntry(…, compressionMethod: .deflate)` wrote before.
///
/// One stream per workbook: creating a stream allocates and clears ~400 KiB, and a workbook
/// has seven entries. Not shared between threads.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var ready = false

    /// Sets up the stream; throws when zlib cannot (out of memory).
    init() throws(ZipWriteError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .zlib(status)
        }
        ready = true
    }

    deinit {
        if ready { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// `input` deflated (raw, no zlib header) and its CRC-32, in one call.
    func deflate(_ input: UnsafeRawBufferPointer) throws(ZipWriteError) -> (bytes: [UInt8], crc: UInt32) {
        guard deflateReset(stream) == Z_OK else { throw .zlib(Z_STREAM_ERROR) }
        let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self)
        let crc = UInt32(crc32(0, base, UInt32(input.count)))
        let bound = Int(deflateBound(stream, UInt(input.count)))
        var status = Z_OK
        let bytes = [UInt8](unsafeUninitializedCapacity: bound) { buffer, written in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
            stream.pointee.avail_in = UInt32(input.count)
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = UInt32(bound)
            status = zlibDeflate(stream, Z_FINISH)
            written = bound - Int(stream.pointee.avail_out)
        }
        guard status == Z_STREAM_END else { throw .zlib(status) }
        return (bytes, crc)
    }
}

/// zlib's `deflate`, under a name that does not clash with `Deflater.deflate`.
@inline(__always)
private func zlibDeflate(_ stream: UnsafeMutablePointer<z_stream>, _ flush: Int32) -> Int32 {
    deflate(stream, flush)
}
