import Foundation
import JixiaoCore

/// Reusing the previous site: unchanged files are hard-linked into staging, and a build
/// whose input fingerprint equals the published site's need not run at all.
extension OutputFolder: ReusingOutput {
    /// Hard-links the previous site's file into staging at `full` when it holds exactly these
    /// bytes; `false` (write the file instead) when there is none or the link fails for any
    /// reason (EXDEV, EPERM, EMLINK, …).
    func reuse(_ path: String, _ entry: SiteManifest.Entry, at full: String) -> Bool {
        guard let source = previous.withLock({ $0 })?.source(path, entry) else { return false }
        return linkFile(source, full) == 0
    }

    /// A staged file's bytes, read back from the staging folder.
    public func staged(_ path: String) -> Data? {
        guard (try? Self.checkSafe(path)) != nil else { return nil }
        return FileManager.default.contents(atPath: temporary.path + "/" + path)
    }

    /// Records the input fingerprint, language and warnings of this build for the manifest.
    public func remember(_ record: BuildRecord) {
        self.record.withLock { $0 = record }
    }

    /// The published site's record when it was built from exactly this input and every file
    /// is still as that build left it; `nil` when the site must be built.
    public func unchanged(input: String) -> BuildRecord? {
        guard !input.isEmpty, let site = PreviousSite(final), site.manifest.record.input == input, site.isIntact else { return nil }
        return site.manifest.record
    }

    /// The published site's manifest and policy shells when the site is intact.
    package func reusable() -> (manifest: SiteManifest, shells: String)? {
        guard let site = PreviousSite(final), site.isIntact, let shells = site.shells else { return nil }
        return (site.manifest, shells)
    }

    /// Hard-links the previous site's file into staging and records it as reused.
    package func carry(_ path: String, _ entry: SiteManifest.Entry) -> Bool {
        guard (try? Self.checkSafe(path)) != nil else { return false }
        let full = temporary.path + "/" + path
        guard (try? makeDirectory(parentOf: path)) != nil, reuse(path, entry, at: full) else { return false }
        enter(path, entry, linked: true)
        return true
    }
}
