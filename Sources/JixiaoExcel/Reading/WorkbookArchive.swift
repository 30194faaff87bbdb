import Foundation
import ZIPFoundation

/// The zip container of a workbook, read part by part within `WorkbookLimits`: a part whose
/// declared or actual size or compression ratio is too large is refused before it fills memory,
/// a damaged or truncated part is refused (never read past its end), and a part with a
/// document type declaration (the door to entity expansion) is refused.
///
/// The directory is read by `ZipDirectory`; parts are inflated with ZIPFoundation.
struct WorkbookArchive {
    private let data: Data
    private let directory: ZipDirectory
    private let limits: WorkbookLimits
    private var bytesRead = 0

    /// Opens the archive; throws `WorkbookProblem.damaged` when it is not a sound zip file.
    init(data: Data, limits: WorkbookLimits) throws(WorkbookProblem) {
        guard let directory = ZipDirectory(data) else { throw .damaged }
        self.data = data
        self.directory = directory
        self.limits = limits
    }

    /// The bytes of a part (`xl/workbook.xml`), or `nil` when the archive has no such part.
    mutating func part(_ path: String) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = directory.entries[path] else { return nil }
        try checkSize(entry.uncompressedSize, compressed: max(entry.compressedSize, 1), path: path)
        let packed = data.subdata(in: (data.startIndex + entry.data.lowerBound)..<(data.startIndex + entry.data.upperBound))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(entry.uncompressedSize, limits.maxPartBytes))
        switch entry.method {
        case 0:
            bytes.append(contentsOf: packed)
        case 8:
            try inflate(packed, into: &bytes, path: path)
        default:
            throw WorkbookProblem(
                message: "the workbook part \(path) is packed with an unusual method (\(entry.method))",
                fix: "open the file in Excel and save it again as \"Excel Workbook (*.xlsx)\"")
        }
        guard bytes.count == entry.uncompressedSize, Data(bytes).crc32(checksum: 0) == entry.checksum else { throw .damaged }
        bytesRead += bytes.count
        if bytesRead > limits.maxTotalBytes { throw Self.tooLarge(path, limits.maxTotalBytes) }
        try Self.refuseDocumentType(bytes, path: path)
        return bytes
    }

    /// Inflates a deflated part, stopping at the part's size limit; running out of packed
    /// data before the stream ends is a damaged file.
    private func inflate(_ packed: Data, into bytes: inout [UInt8], path: String) throws(WorkbookProblem) {
        let compressed = max(packed.count, 1)
        do {
            _ = try Data.decompress(
                size: Int64(packed.count), bufferSize: 64 * 1024, skipCRC32: true,
                provider: { position, size in
                    let start = Int(position)
                    guard start < packed.count else { throw WorkbookProblem.damaged }
                    return packed.subdata(in: (packed.startIndex + start)..<(packed.startIndex + min(start + size, packed.count)))
                },
                consumer: { chunk in
                    bytes.append(contentsOf: chunk)
                    try checkSize(bytes.count, compressed: compressed, path: path)
                })
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw .damaged
        }
    }

    private func checkSize(_ size: Int, compressed: Int, path: String) throws(WorkbookProblem) {
        if size > limits.maxPartBytes || bytesRead + size > limits.maxTotalBytes {
            throw Self.tooLarge(path, min(limits.maxPartBytes, limits.maxTotalBytes))
        }
        if size > limits.ratioFloorBytes, size / compressed > limits.maxRatio {
            throw WorkbookProblem(
                message:
                    "the workbook part \(path) expands \(size / compressed) times when unpacked (more than \(limits.maxRatio)): this looks like a zip bomb, so it is not read",
                fix: "open the file in Excel and save it again, or save the sheet as CSV UTF-8")
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> WorkbookProblem {
        WorkbookProblem(
            message:
                "the workbook part \(path) is larger than \(limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes") unpacked, so it is not read",
            fix: "split the table into smaller workbooks (e.g. one per month) or save it as CSV UTF-8")
    }

    /// Refuses `<!DOCTYPE` and `<!ENTITY`: spreadsheet parts never need them.
    static func refuseDocumentType(_ bytes: [UInt8], path: String) throws(WorkbookProblem) {
        let lt = UInt8(ascii: "<"), bang = UInt8(ascii: "!")
        var i = 0
        let n = bytes.count
        while i + 8 < n {
            if bytes[i] == lt, bytes[i + 1] == bang {
                let word = String(decoding: bytes[(i + 2)..<min(i + 9, n)], as: UTF8.self).uppercased()
                if word.hasPrefix("DOCTYPE") || word.hasPrefix("ENTITY") {
                    throw WorkbookProblem(
                        message:
                            "the workbook part \(path) declares a document type (<!DOCTYPE>), which Excel never writes; it is refused because entity declarations can blow up when expanded",
                        fix: "open the file in Excel and save it again as \"Excel Workbook (*.xlsx)\"")
                }
            }
            i += 1
        }
    }
}
