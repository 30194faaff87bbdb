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
    /// Names (not paths) of the entries of a directory, sorted (empty when it is missing), or
    /// why an existing directory cannot be listed — one call, so an unreadable folder is not
    /// taken for an empty one and a readable one is opened once.
    func listing(_ directory: String) -> Result<[String], ListingProblem>
}

extension FileSystem {
    /// Names (not paths) of the entries of a directory, sorted; empty when it is missing or
    /// cannot be listed.
    public func list(_ directory: String) -> [String] {
        (try? listing(directory).get()) ?? []
    }

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
