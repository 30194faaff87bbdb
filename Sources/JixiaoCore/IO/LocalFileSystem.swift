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

    /// Sorted entry names, hidden files left out.
    public func list(_ directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: full(directory))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Why an existing directory cannot be listed: `opendir(3)`'s error, or `nil`.
    public func listingProblem(_ directory: String) -> String? {
        guard directoryExists(directory) else { return nil }
        guard let handle = opendir(full(directory)) else { return String(cString: strerror(errno)) }
        closedir(handle)
        return nil
    }
}
