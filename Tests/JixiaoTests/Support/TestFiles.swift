import Foundation
import Testing

/// File chores of tests, done without `try?` so a failure is reported instead of hidden.
enum TestFiles {
    /// Removes a file or folder when it exists; a failure is recorded as a test issue.
    static func remove(_ path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            Issue.record("cannot remove \(path): \(error)")
        }
    }
}
