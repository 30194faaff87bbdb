import Foundation

/// Writes a build into a temporary folder next to the output and swaps it in only when
/// everything succeeded: after any error the previous site is still there, unchanged.
final class OutputFolder: @unchecked Sendable {
    let final: URL
    let temporary: URL
    private let lock = NSLock()
    private var count = 0
    private var bytes = 0
    private var paths: [String] = []

    init(output: String) throws {
        final = URL(fileURLWithPath: output).standardizedFileURL
        temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: temporary)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    /// Writes a file at a relative path made of safe segments only.
    func write(_ path: String, _ data: Data) throws {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw DiagnosticError(.error(SourceLocation(file: path), "refusing to write outside the output folder", fix: "report this as a bug"))
        }
        let url = temporary.appendingPathComponent(path)
        let directory = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        try data.write(to: url)
        lock.lock()
        count += 1
        bytes += data.count
        paths.append(path)
        lock.unlock()
    }

    /// Writes each non-empty table of a page as `downloads/NAME` (CSV, UTF-8 with BOM).
    func writeDownloads(_ tables: [(String, TableView)]) throws {
        for (name, table) in tables where !table.isEmpty { try write("downloads/" + name, SiteContext.csv(of: table)) }
    }

    /// Runs a unit of page work on a worker and turns any failure into diagnostics.
    static func collect(_ what: String, _ work: () throws -> Void) -> [Diagnostic] {
        do {
            try work()
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [.error(SourceLocation(file: what), "writing \(what) failed: \(error.localizedDescription)")]
        }
    }

    /// Writes text as UTF-8.
    func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

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
