import Foundation
import JixiaoCore

/// Where a build writes its files: ``OutputFolder`` on disk (swapped in atomically) or
/// ``MemoryOutput`` (for tests and tools that want the site without touching the disk).
/// Writes come from many workers at once; paths are relative and use `/`.
public protocol SiteOutput: AnyObject, Sendable {
    /// Readies an empty staging area; called once before the first write.
    func prepare() throws
    /// Writes bytes.
    func write(_ path: String, _ data: Data) throws
    /// Writes text as UTF-8.
    func write(_ path: String, _ text: String) throws
    /// Writes a file made of pieces of bytes, one after another.
    func write(_ path: String, parts: [[UInt8]]) throws
    /// Files and bytes written so far, and their paths in the order they were written.
    var totals: (files: Int, bytes: Int, paths: [String]) { get }
    /// Makes the staged files the site, replacing any previous one as a whole.
    func commit() throws
    /// Throws the staged files away, leaving any previous site as it was.
    func discard()
    /// How many of the files were taken over unchanged from the previous site instead of written.
    var reused: Int { get }
    /// Records the input fingerprint, language and warnings of the build (before ``commit()``).
    func remember(_ record: BuildRecord)
    /// The previous build's record when the published site was built from exactly this input
    /// and is intact, so nothing needs doing; `nil` when the site must be built.
    func unchanged(input: String) -> BuildRecord?
    /// The bytes of a file this build has written (staged, not yet committed), or `nil` when
    /// there is none or the output cannot read it back (`--all-editions` copies pages that
    /// one edition shares with another from it).
    func staged(_ path: String) -> Data?
}

extension SiteOutput {
    /// Nothing is reused by outputs that keep no previous site.
    public var reused: Int { 0 }
    /// Outputs without a manifest keep no record.
    public func remember(_ record: BuildRecord) {}
    /// Outputs without a manifest are never up to date.
    public func unchanged(input: String) -> BuildRecord? { nil }
    /// Outputs that keep no bytes cannot read a file back.
    public func staged(_ path: String) -> Data? { nil }
}

extension SiteOutput {
    /// Refuses a path that could leave the output: empty, absolute, or with a `.` or `..` segment.
    static func checkSafe(_ path: String) throws(DiagnosticError) {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw DiagnosticError(
                .error(SourceLocation(file: path), "refusing to write outside the output folder", fix: "report this as a bug"))
        }
    }

    /// Writes each table of a page whose CSV download is a file as `downloads/NAME` (UTF-8
    /// with BOM); small tables carry their CSV in the link itself.
    func writeDownloads(_ tables: [(String, TableView)]) throws {
        for (name, table) in tables where table.hasCSV && !table.csvInline {
            try write("downloads/" + name, table.csvText.isEmpty ? SiteContext.csv(of: table) : table.csvText)
        }
    }
}
