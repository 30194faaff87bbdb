import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import Synchronization

/// Writes a build into a private temporary folder next to the output and swaps it in only
/// when everything succeeded: after any error the previous site is still there, unchanged.
/// The swap is one atomic exchange (``commit()``), so at every instant the output path holds
/// either the complete old site or the complete new one, even if the process is killed.
public final class OutputFolder: SiteOutput, Sendable {
    /// The output folder.
    public let final: URL
    /// The staging folder beside it.
    public let temporary: URL
    /// What was written so far; every access goes through one `Mutex`.
    private struct Written: Sendable {
        var count = 0
        var bytes = 0
        var paths: [String] = []
        var directories: Set<String> = []
    }

    private let written = Mutex(Written())

    /// An output folder at `output` (nothing is touched until ``prepare()``).
    public init(output: String) {
        final = URL(fileURLWithPath: output).standardizedFileURL
        temporary = final.deletingLastPathComponent().appendingPathComponent(
            ".\(final.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Removes staging folders left beside the output by killed builds, then creates the empty
    /// staging folder, private to the user (0700) until ``commit()``.
    public func prepare() throws {
        removeStaleStaging()
        try? FileManager.default.removeItem(at: temporary)
        let parent = final.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        guard mkdir(temporary.path, 0o700) == 0 else { throw Self.posixError(errno, "cannot create \(temporary.path)") }
    }

    /// Writes a file at a relative path made of safe segments only. Files are written with
    /// plain `open`/`write`/`close`: no per-file sync or temporary copy, because the whole
    /// folder is swapped in at once by ``commit()``.
    public func write(_ path: String, _ data: Data) throws {
        try write(path, byteCount: data.count) { fd in
            try data.withUnsafeBytes { try Self.writeAll(fd, $0, path: path) }
        }
    }

    /// Writes text as UTF-8 without copying it into a `Data` first.
    public func write(_ path: String, _ text: String) throws {
        var text = text
        let count = text.utf8.count
        try write(path, byteCount: count) { fd in
            try text.withUTF8 { try Self.writeAll(fd, UnsafeRawBufferPointer($0), path: path) }
        }
    }

    /// Writes a file made of pieces of bytes, one after another.
    public func write(_ path: String, parts: [[UInt8]]) throws {
        try write(path, byteCount: parts.reduce(0) { $0 + $1.count }) { fd in
            for part in parts { try part.withUnsafeBytes { try Self.writeAll(fd, $0, path: path) } }
        }
    }

    private func write(_ path: String, byteCount: Int, body: (Int32) throws -> Void) throws {
        try Self.checkSafe(path)
        if let slash = path.lastIndex(of: "/") { try makeDirectory(String(path[..<slash])) }
        let full = temporary.path + "/" + path
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.posixError(errno, "cannot create \(path)") }
        do {
            try body(fd)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw Self.posixError(errno, "cannot finish writing \(path)") }
        written.withLock {
            $0.count += 1
            $0.bytes += byteCount
            $0.paths.append(path)
        }
    }

    /// Creates a folder (and its parents) inside the temporary folder once.
    private func makeDirectory(_ relative: String) throws {
        if written.withLock({ $0.directories.contains(relative) }) { return }
        try FileManager.default.createDirectory(atPath: temporary.path + "/" + relative, withIntermediateDirectories: true)
        written.withLock {
            var parent = Substring(relative)
            while !parent.isEmpty, $0.directories.insert(String(parent)).inserted {
                guard let slash = parent.lastIndex(of: "/") else { break }
                parent = parent[..<slash]
            }
        }
    }

    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let n = Foundation.write(fd, base + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw posixError(errno, "cannot write \(path)")
            }
            offset += n
        }
    }

    static func posixError(_ code: Int32, _ what: String) -> Error {
        NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(code)))"])
    }

    /// Files and bytes written.
    public var totals: (files: Int, bytes: Int, paths: [String]) {
        written.withLock { ($0.count, $0.bytes, $0.paths) }
    }

    /// Throws the build away.
    public func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}
