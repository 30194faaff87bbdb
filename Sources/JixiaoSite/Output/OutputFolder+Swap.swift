import Foundation
import JixiaoCore

/// Publishing: the finished staging folder is exchanged with the old site in one step
/// (`renameat2(RENAME_EXCHANGE)` on Linux), and staging folders of killed builds are removed.
extension OutputFolder {
    /// Writes the policy shells and the ``SiteManifest``, marks the staged site as jixiao's, gives it the normal folder permissions and swaps it
    /// in for the old one atomically; the old site is deleted afterwards. When the file system
    /// cannot exchange (EINVAL, ENOSYS) the old site is renamed aside first and the new one
    /// renamed in, restoring the old one if that fails.
    public func commit() throws {
        let shells = record.withLock { $0.shells }
        if !shells.isEmpty { try writeHidden(SiteManifest.shellsFileName, shells) }
        try writeHidden(SiteManifest.fileName, manifest.text)
        try writeHidden(OutputSafety.markerName, OutputSafety.markerText)
        // Reading the umask sets it for a moment; no other writes run during the commit.
        let mask = umask(0)
        umask(mask)
        guard chmod(temporary.path, 0o777 & ~mask) == 0 else {
            throw Self.posixError(errno, "cannot set the permissions of \(temporary.path)")
        }
        var info = stat()
        guard lstat(final.path, &info) == 0 else {
            guard errno == ENOENT else { throw Self.posixError(errno, "cannot inspect \(final.path)") }
            guard rename(temporary.path, final.path) == 0 else { throw Self.posixError(errno, "cannot move the new site to \(final.path)") }
            return
        }
        switch Self.exchange(temporary.path, final.path) {
        case 0:
            try? FileManager.default.removeItem(at: temporary)
        case EINVAL, ENOSYS:
            try renameAsideAndIn()
        case let code:
            throw Self.posixError(code, "cannot swap the new site into \(final.path)")
        }
    }

    /// Exchanges two paths atomically; 0, or the `errno` of the failure (ENOSYS when the C
    /// library has no `renameat2`).
    static func exchange(_ a: String, _ b: String) -> Int32 {
        #if os(Linux)
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return ENOSYS }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 ? 0 : errno
        #else
            return ENOSYS
        #endif
    }

    /// The two-rename swap for file systems that cannot exchange: a kill between the renames
    /// leaves the old site at `.NAME.old-PID` beside the output.
    private func renameAsideAndIn() throws {
        let fm = FileManager.default
        let old = sibling("old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        guard rename(final.path, old.path) == 0 else { throw Self.posixError(errno, "cannot move the old site aside") }
        guard rename(temporary.path, final.path) == 0 else {
            let code = errno
            _ = rename(old.path, final.path)
            throw Self.posixError(code, "cannot move the new site to \(final.path)")
        }
        try? fm.removeItem(at: old)
    }

    /// Writes a hidden file (the manifest, then the ``OutputSafety/markerName`` marker) into
    /// the staged site, so it is part of the swap and a later build may replace the folder.
    private func writeHidden(_ name: String, _ content: String) throws {
        let path = temporary.path + "/" + name
        unlink(path)
        let text = Array(content.utf8)
        try writeFile(path, path: name) { visit in try text.withUnsafeBytes { try visit($0) } }
    }

    /// A hidden folder beside the output: `.NAME.KIND`.
    func sibling(_ kind: String) -> URL {
        final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).\(kind)")
    }

    /// Removes `.NAME.tmp-PID` and `.NAME.old-PID` folders beside the output whose process is
    /// no longer running (left by a killed build). Folders of running builds are kept.
    func removeStaleStaging() {
        let fm = FileManager.default
        let parent = final.deletingLastPathComponent()
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        let own = ProcessInfo.processInfo.processIdentifier
        for entry in entries {
            guard let pid = Self.stagingProcess(entry, name: final.lastPathComponent) else { continue }
            if pid == own || !Self.isRunning(pid) { try? fm.removeItem(at: parent.appendingPathComponent(entry)) }
        }
    }

    /// The process id in `.NAME.tmp-PID` or `.NAME.old-PID`, or `nil` for any other name.
    static func stagingProcess(_ entry: String, name: String) -> Int32? {
        for kind in ["tmp-", "old-"] {
            let prefix = ".\(name).\(kind)"
            if entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 { return pid }
        }
        return nil
    }

    /// Whether a process with this id exists (one we may not signal still counts).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
