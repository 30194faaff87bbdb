import Foundation
import JixiaoCore

/// The published site a build replaces, as far as its files may be reused: its manifest and
/// the manifest's modification time. A file is trusted only while it is a regular file with
/// the recorded size, modified no later than the manifest, so a live file edited by hand
/// after the build is never taken for the one the manifest describes.
struct PreviousSite: Sendable {
    /// The site folder.
    let root: String
    /// Its manifest.
    let manifest: SiteManifest
    /// When the manifest was written (the end of that build).
    let written: timespec

    /// The site at `folder`, or `nil` when it has no readable manifest or no marker.
    init?(_ folder: URL) {
        root = folder.path
        let path = root + "/" + SiteManifest.fileName
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            access(root + "/" + OutputSafety.markerName, F_OK) == 0,
            let data = FileManager.default.contents(atPath: path),
            let manifest = SiteManifest(text: String(decoding: data, as: UTF8.self))
        else { return nil }
        self.manifest = manifest
        written = info.st_mtim
    }

    /// The previous file at `path` when it holds exactly `entry`'s bytes (by the manifest)
    /// and is still as that build left it; `nil` otherwise.
    func source(_ path: String, _ entry: SiteManifest.Entry) -> String? {
        guard manifest.files[path] == entry else { return nil }
        let full = root + "/" + path
        return isIntact(full, size: entry.size) ? full : nil
    }

    /// The text of the policy shells file the manifest names, when it is there as the build
    /// left it (same size and hash); `nil` otherwise.
    var shells: String? {
        guard let entry = manifest.shells else { return nil }
        let full = root + "/" + SiteManifest.shellsFileName
        guard isIntact(full, size: entry.size), let data = FileManager.default.contents(atPath: full), data.count == entry.size,
            data.withUnsafeBytes({ ContentHash.of($0) }) == entry.hash
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether every file of the manifest is still there as the build left it.
    var isIntact: Bool {
        manifest.files.allSatisfy { isIntact(root + "/" + $0.key, size: $0.value.size) }
    }

    /// A regular file of this size, modified no later than the manifest.
    private func isIntact(_ full: String, size: Int) -> Bool {
        var info = stat()
        guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == size else { return false }
        let m = info.st_mtim
        return m.tv_sec < written.tv_sec || (m.tv_sec == written.tv_sec && m.tv_nsec <= written.tv_nsec)
    }
}
