import Foundation

/// Notices edits in the content and template folders by comparing every file's size and
/// modification time (polling: portable, and cheap for a company's few hundred files).
struct SourceWatcher: Sendable {
    /// One file's observable state.
    struct Stamp: Hashable, Sendable {
        /// Size in bytes.
        let size: Int
        /// Modification time.
        let modified: Date
    }

    /// The folders watched (missing ones are skipped).
    let folders: [String]

    /// The state of every file under the folders, by path; hidden files and folders left out.
    func snapshot() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        let manager = FileManager.default
        for folder in folders {
            guard
                let walker = manager.enumerator(
                    at: URL(fileURLWithPath: folder),
                    includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey],
                    options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walker {
                guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]),
                    values.isRegularFile == true
                else { continue }
                result[url.path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
            }
        }
        return result
    }
}
