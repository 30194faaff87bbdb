import Foundation
import JixiaoCore

/// A read-only file tree compiled into the executable (the built-in templates, the `init`
/// scaffold): a ``FileSystem`` over a map of path → bytes, rooted at one folder of it.
public struct EmbeddedFileSystem: FileSystem {
    /// File contents by path relative to the root.
    public let files: [String: Data]

    /// Creates a tree from file contents by path.
    public init(files: [String: Data]) { self.files = files }

    /// The bytes of a file, or `CocoaError(.fileNoSuchFile)`.
    public func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return data
    }

    /// Whether a file exists.
    public func fileExists(_ path: String) -> Bool { files[path] != nil }

    /// Whether some file lies under `path` (the root always exists).
    public func directoryExists(_ path: String) -> Bool {
        let prefix = path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    /// Sorted names directly under `directory`.
    public func list(_ directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        var names = Set<String>()
        for key in files.keys where key.hasPrefix(prefix) {
            if let first = key.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(first)) }
        }
        return names.sorted()
    }

    /// The tree below `folder`, rooted there.
    public func subtree(_ folder: String) -> EmbeddedFileSystem {
        let prefix = folder + "/"
        var result: [String: Data] = [:]
        for (path, data) in files where path.hasPrefix(prefix) { result[String(path.dropFirst(prefix.count))] = data }
        return EmbeddedFileSystem(files: result)
    }
}
