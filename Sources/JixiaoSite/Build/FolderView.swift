import Foundation
import JixiaoCore

/// A folder of another file system seen as a file system of its own (the content folder's
/// `templates/` for template overrides).
struct FolderView: FileSystem {
    /// The file system the folder is in.
    let base: any FileSystem
    /// The folder's path in `base`.
    let folder: String

    private func full(_ path: String) -> String { path.isEmpty ? folder : folder + "/" + path }

    func read(_ path: String) throws -> Data { try base.read(full(path)) }
    func fileExists(_ path: String) -> Bool { base.fileExists(full(path)) }
    func directoryExists(_ path: String) -> Bool { base.directoryExists(full(path)) }
    func listing(_ directory: String) -> Result<[String], ListingProblem> { base.listing(full(directory)) }
}
