import Foundation
import ZIPFoundation

/// The zip container of a workbook, read part by part within `WorkbookLimits`: a part whose
/// declared or actual size or compression ratio is too large is refused before it fills memory,
/// and a part with a document type declaration (the door to entity expansion) is refused.
final class WorkbookArchive {
    private let archive: Archive
    private let limits: WorkbookLimits
    private var bytesRead = 0

    /// Opens the archive; throws `WorkbookProblem.damaged` when it is not a zip file.
    init(data: Data, limits: WorkbookLimits) throws(WorkbookProblem) {
        guard data.count >= 22, let archive = try? Archive(data: data, accessMode: .read) else { throw .damaged }
        self.archive = archive
        self.limits = limits
    }

    /// Whether the archive holds a part.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of a part (`xl/workbook.xml`), or `nil` when the archive has no such part.
    func part(_ path: String) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        try checkSize(declared, compressed: compressed, path: path)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(declared, limits.maxPartBytes))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                try self.checkSize(bytes.count, compressed: compressed, path: path)
            }
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw .damaged
        }
        bytesRead += bytes.count
        if bytesRead > limits.maxTotalBytes { throw Self.tooLarge(path, limits.maxTotalBytes) }
        try Self.refuseDocumentType(bytes, path: path)
        return bytes
    }

    private func checkSize(_ size: Int, compressed: Int, path: String) throws(WorkbookProblem) {
        if size > limits.maxPartBytes || bytesRead + size > limits.maxTotalBytes {
            throw Self.tooLarge(path, min(limits.maxPartBytes, limits.maxTotalBytes))
        }
        if size > limits.ratioFloorBytes, size / compressed > limits.maxRatio {
            throw WorkbookProblem(
                message: "the workbook part \(path) expands \(size / compressed) times when unpacked (more than \(limits.maxRatio)): this looks like a zip bomb, so it is not read",
                fix: "open the file in Excel and save it again, or save the sheet as CSV UTF-8")
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> WorkbookProblem {
        WorkbookProblem(message: "the workbook part \(path) is larger than \(limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes") unpacked, so it is not read",
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
                        message: "the workbook part \(path) declares a document type (<!DOCTYPE>), which Excel never writes; it is refused because entity declarations can blow up when expanded",
                        fix: "open the file in Excel and save it again as \"Excel Workbook (*.xlsx)\"")
                }
            }
            i += 1
        }
    }
}
