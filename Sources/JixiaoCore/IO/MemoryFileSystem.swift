import Foundation

/// An in-memory file tree for tests: a dictionary from path to contents.
public struct MemoryFileSystem: FileSystem {
    /// File contents by path.
    public var files: [String: Data]
    /// Folders that exist but cannot be listed (to test unreadable folders without root's
    /// powers getting in the way).
    public var unreadableFolders: Set<String> = []

    /// Creates a tree from text files (UTF-8).
    public init(_ textFiles: [String: String] = [:]) {
        files = textFiles.mapValues { Data($0.utf8) }
    }

    /// Creates a tree from raw bytes.
    public init(data: [String: Data]) { files = data }

    /// Reads a file or throws `CocoaError(.fileNoSuchFile)`.
    public func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return data
    }

    /// Whether a file exists.
    public func fileExists(_ path: String) -> Bool { files[path] != nil }

    /// Whether some file lies under `path`.
    public func directoryExists(_ path: String) -> Bool {
        let prefix = path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    /// Sorted names directly under `directory`, or "Permission denied" for a folder in
    /// ``unreadableFolders``.
    public func listing(_ directory: String) -> Result<[String], ListingProblem> {
        if unreadableFolders.contains(directory) { return .failure(ListingProblem(reason: "Permission denied")) }
        let prefix = directory.isEmpty ? "" : directory + "/"
        var names = Set<String>()
        for key in files.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let first = rest.split(separator: "/").first { names.insert(String(first)) }
        }
        return .success(names.sorted())
    }
}
