import Foundation

/// The file operations the stages need, injected so tests can use an in-memory tree.
/// Paths are relative to the file system's root and use `/`.
public protocol FileSystem: Sendable {
    /// The bytes of a file; throws when it is missing or unreadable.
    func read(_ path: String) throws -> Data
    /// Whether a file (not a directory) exists.
    func fileExists(_ path: String) -> Bool
    /// Whether a directory exists.
    func directoryExists(_ path: String) -> Bool
    /// Names (not paths) of the entries of a directory, sorted; empty when it is missing.
    func list(_ directory: String) -> [String]
    /// Why an existing directory cannot be listed (the system's words, e.g. "Permission
    /// denied"), or `nil` when it can — so an unreadable folder is not taken for an empty one.
    func listingProblem(_ directory: String) -> String?
}

extension FileSystem {
    /// Paths of every file under `directory`, recursively, sorted.
    public func walk(_ directory: String) -> [String] {
        var result: [String] = []
        for name in list(directory) {
            let path = directory.isEmpty ? name : directory + "/" + name
            if directoryExists(path) { result += walk(path) } else { result.append(path) }
        }
        return result
    }
}
