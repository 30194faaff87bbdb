import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import Synchronization

/// Writes a build into a private temporary folder next to the output and swaps it in only
/// when everything succeeded: after any error the previous site is still there, unchanged.
/// The swap is one atomic exchange (``commit()``), so at every instant the output path holds
/// either the complete old site or the complete new one, even if the process is killed.
///
/// Every file's bytes are hashed as they are written; a file whose bytes equal the previous
/// site's (by the previous ``SiteManifest``) is hard-linked from it instead of written
/// (OutputFolder+Reuse.swift), and the new manifest is swapped in with the site.
public final class OutputFolder: SiteOutput, Sendable {
    /// The output folder.
    public let final: URL
    /// The staging folder beside it.
    public let temporary: URL
    /// What was written so far; every access goes through one `Mutex`.
    private struct Written: Sendable {
        var count = 0
        var bytes = 0
        var reused = 0
        var paths: [String] = []
        var fresh: [String] = []
        var directories: Set<String> = []
        var manifest: [String: SiteManifest.Entry] = [:]
    }

    private let written = Mutex(Written())
    /// The previous site's manifest, when its files may be reused (see ``prepare()``).
    let previous = Mutex<PreviousSite?>(nil)
    /// What the build tells about itself for the manifest (``remember(_:)``).
    let record = Mutex(BuildRecord(input: "", locale: "", warnings: []))

    /// Makes a hard link (`link(2)`): 0, or -1 with `errno` set. Tests put a failing one here.
    let linkFile: @Sendable (String, String) -> Int32

    /// An output folder at `output` (nothing is touched until ``prepare()``).
    public convenience init(output: String) {
        self.init(output: output, link: { link($0, $1) })
    }

    /// An output folder that makes hard links with `link` (tests inject failures).
    init(output: String, link: @escaping @Sendable (String, String) -> Int32) {
        linkFile = link
        final = URL(fileURLWithPath: output).standardizedFileURL
        temporary = final.deletingLastPathComponent().appendingPathComponent(
            ".\(final.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Removes staging folders left beside the output by killed builds, then creates the empty
    /// staging folder, private to the user (0700) until ``commit()``.
    public func prepare() throws {
        previous.withLock { $0 = PreviousSite(final) }
        written.withLock { $0 = Written() }
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
        try store(path, byteCount: data.count) { visit in
            try data.withUnsafeBytes { try visit($0) }
        }
    }

    /// Writes text as UTF-8 without copying it into a `Data` first.
    public func write(_ path: String, _ text: String) throws {
        var text = text
        let count = text.utf8.count
        try store(path, byteCount: count) { visit in
            try text.withUTF8 { try visit(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes a file made of pieces of bytes, one after another.
    public func write(_ path: String, parts: [[UInt8]]) throws {
        try store(path, byteCount: parts.reduce(0) { $0 + $1.count }) { visit in
            for part in parts { try part.withUnsafeBytes { try visit($0) } }
        }
    }

    /// The bytes of a file, handed piece by piece to a visitor (called once to hash, and once
    /// more to write when the file cannot be reused).
    typealias Pieces = ((UnsafeRawBufferPointer) throws -> Void) throws -> Void

    /// Hashes the bytes, then hard-links the previous site's identical file or writes them.
    private func store(_ path: String, byteCount: Int, pieces: Pieces) throws {
        try Self.checkSafe(path)
        var hasher = ContentHash()
        try pieces { hasher.update($0) }
        let entry = SiteManifest.Entry(size: byteCount, hash: hasher.finish())
        try makeDirectory(parentOf: path)
        let full = temporary.path + "/" + path
        let again = written.withLock { $0.manifest[path] != nil }
        // A path written twice: remove the first file, which may be a link into the live site.
        if again { unlink(full) }
        let linked = !again && reuse(path, entry, at: full)
        if !linked { try writeFile(full, path: path, pieces: pieces) }
        enter(path, entry, linked: linked)
    }

    /// Counts a staged file and enters it in the manifest.
    func enter(_ path: String, _ entry: SiteManifest.Entry, linked: Bool) {
        written.withLock {
            $0.count += 1
            $0.bytes += entry.size
            if linked { $0.reused += 1 } else { $0.fresh.append(path) }
            $0.paths.append(path)
            $0.manifest[path] = entry
        }
    }

    /// Creates the folder a relative file path is in, when it has one.
    func makeDirectory(parentOf path: String) throws {
        if let slash = path.lastIndex(of: "/") { try makeDirectory(String(path[..<slash])) }
    }

    /// Creates a new file in staging and writes the pieces into it.
    func writeFile(_ full: String, path: String, pieces: Pieces) throws {
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.posixError(errno, "cannot create \(path)") }
        do {
            try pieces { try Self.writeAll(fd, $0, path: path) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw Self.posixError(errno, "cannot finish writing \(path)") }
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

    /// Files and bytes of the site (written or reused).
    public var totals: (files: Int, bytes: Int, paths: [String]) {
        written.withLock { ($0.count, $0.bytes, $0.paths) }
    }

    /// Files hard-linked from the previous site instead of written.
    public var reused: Int { written.withLock { $0.reused } }

    /// The paths actually written (not reused), in the order they were written.
    var fresh: [String] { written.withLock { $0.fresh } }

    /// The manifest of the staged site.
    var manifest: SiteManifest {
        SiteManifest(record: record.withLock { $0 }, files: written.withLock { $0.manifest })
    }

    /// Throws the build away.
    public func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}
