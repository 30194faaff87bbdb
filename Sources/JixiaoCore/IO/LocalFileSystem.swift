import Foundation

/// The real disk, rooted at a folder.
public struct LocalFileSystem: FileSystem {
    /// Absolute or working-directory-relative root folder.
    public var root: String

    /// Creates a file system rooted at `root`.
    public init(root: String) { self.root = root }

    private func full(_ path: String) -> String {
        path.isEmpty ? root : (root.hasSuffix("/") ? root + path : root + "/" + path)
    }

    /// Reads a file.
    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: full(path)))
    }

    /// Whether a regular file exists.
    public func fileExists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: full(path), isDirectory: &isDir) && !isDir.boolValue
    }

    /// Whether a directory exists.
    public func directoryExists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: full(path), isDirectory: &isDir) && isDir.boolValue
    }

    /// Sorted entry names, hidden files left out (none for a missing directory), or
    /// `opendir(3)`'s error for an existing directory that cannot be read.
    public func listing(_ directory: String) -> Result<[String], ListingProblem> {
        let path = full(directory)
        guard let handle = opendir(path) else {
            let reason = String(cString: strerror(errno))
            return directoryExists(directory) ? .failure(ListingProblem(reason: reason)) : .success([])
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return .success(names.sorted())
    }
}
