import Foundation
import ArgumentParser

/// Writes a set of new files into a folder that must be missing or empty (what `init` and
/// `theme export` do), so nothing a user made is ever overwritten.
enum FolderWriter {
    /// Why the folder was refused.
    struct NotEmpty: Error {
        /// The folder.
        let folder: String
    }

    /// Whether `folder` is missing or holds nothing (hidden entries count as something).
    static func isMissingOrEmpty(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { return true }
        guard isDirectory.boolValue else { return false }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? ["?"]).isEmpty
    }

    /// Creates `folder` and writes `files` (relative path → bytes) into it; throws
    /// ``NotEmpty`` when the folder already holds something.
    static func write(_ files: [String: Data], into folder: String) throws {
        guard isMissingOrEmpty(folder) else { throw NotEmpty(folder: folder) }
        let root = URL(fileURLWithPath: folder)
        for path in files.keys.sorted() {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files[path]!.write(to: url)
        }
    }

    /// Writes, printing a message and exiting with status 2 when the folder is not empty,
    /// and status 1 when writing fails.
    static func writeOrExit(_ files: [String: Data], into folder: String, command: String) throws {
        do {
            try write(files, into: folder)
        } catch is NotEmpty {
            try Console.err("jixiao \(command): \(folder) is not empty; nothing was written — fix: name a new or empty folder")
            throw ExitCode(2)
        } catch {
            try Console.err(
                "jixiao \(command): cannot write into \(folder): \(error.localizedDescription) — fix: check the path and permissions")
            throw ExitCode(1)
        }
    }
}
