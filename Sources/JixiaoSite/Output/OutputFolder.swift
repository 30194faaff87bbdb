import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// Writes a build into a temporary folder next to the output and swaps it in only when
/// everything succeeded: after any error the previous site is still there, unchanged.
final class OutputFolder: @unchecked Sendable {
    let final: URL
    let temporary: URL
    private let lock = NSLock()
    private var count = 0
    private var bytes = 0
    private var paths: [String] = []
    private var directories: Set<String> = []
    /// Whether downloads are also written as `.xlsx` workbooks (set before writing starts).
    var workbooks = false

    init(output: String) throws {
        final = URL(fileURLWithPath: output).standardizedFileURL
        temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: temporary)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    /// Writes a file at a relative path made of safe segments only. Files are written with
    /// plain `open`/`write`/`close`: no per-file sync or temporary copy, because the whole
    /// folder is swapped in at once by ``commit()``.
    func write(_ path: String, _ data: Data) throws {
        try write(path, byteCount: data.count) { fd in
            try data.withUnsafeBytes { try Self.writeAll(fd, $0, path: path) }
        }
    }

    /// Writes text as UTF-8 without copying it into a `Data` first.
    func write(_ path: String, _ text: String) throws {
        var text = text
        let count = text.utf8.count
        try write(path, byteCount: count) { fd in
            try text.withUTF8 { try Self.writeAll(fd, UnsafeRawBufferPointer($0), path: path) }
        }
    }

    /// Writes a file made of pieces of bytes, one after another.
    func write(_ path: String, parts: [[UInt8]]) throws {
        try write(path, byteCount: parts.reduce(0) { $0 + $1.count }) { fd in
            for part in parts { try part.withUnsafeBytes { try Self.writeAll(fd, $0, path: path) } }
        }
    }

    private func write(_ path: String, byteCount: Int, body: (Int32) throws -> Void) throws {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw DiagnosticError(.error(SourceLocation(file: path), "refusing to write outside the output folder", fix: "report this as a bug"))
        }
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
        lock.lock()
        count += 1
        bytes += byteCount
        paths.append(path)
        lock.unlock()
    }

    /// Creates a folder (and its parents) inside the temporary folder once.
    private func makeDirectory(_ relative: String) throws {
        lock.lock()
        let known = directories.contains(relative)
        lock.unlock()
        if known { return }
        try FileManager.default.createDirectory(atPath: temporary.path + "/" + relative, withIntermediateDirectories: true)
        lock.lock()
        var parent = Substring(relative)
        while !parent.isEmpty, directories.insert(String(parent)).inserted {
            guard let slash = parent.lastIndex(of: "/") else { break }
            parent = parent[..<slash]
        }
        lock.unlock()
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

    private static func posixError(_ code: Int32, _ what: String) -> Error {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(code)))"])
    }

    /// Writes each table of a page whose CSV download is a file as `downloads/NAME` (UTF-8
    /// with BOM); small tables carry their CSV in the link itself.
    func writeDownloads(_ tables: [(String, TableView)]) throws {
        for (name, table) in tables where table.hasCSV && !table.csvInline {
            try write("downloads/" + name, table.csvText.isEmpty ? SiteContext.csv(of: table) : table.csvText)
            try writeWorkbook(name, table)
        }
    }

    /// Runs a unit of page work on a worker and turns any failure into diagnostics.
    static func collect(_ what: String, _ work: () throws -> Void) -> [Diagnostic] {
        do {
            try work()
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [.error(SourceLocation(file: what), "writing \(what) failed: \(error.localizedDescription)",
                           fix: "check free disk space and permissions; the previous site was left as it was")]
        }
    }

    /// Files and bytes written.
    var totals: (files: Int, bytes: Int, paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (count, bytes, paths)
    }

    /// Replaces the output folder with the finished build.
    func commit() throws {
        let fm = FileManager.default
        let old = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        if fm.fileExists(atPath: final.path) { try fm.moveItem(at: final, to: old) }
        do {
            try fm.moveItem(at: temporary, to: final)
        } catch {
            if fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: final) }
            throw error
        }
        try? fm.removeItem(at: old)
    }

    /// Throws the build away.
    func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}
