import Foundation
import JixiaoCore
import Synchronization

/// A site output that keeps nothing: every write is checked for a safe path and counted,
/// then its bytes are dropped. ``SiteBuilder/check(progress:)`` renders the whole site into
/// it so that `jixiao check` finds every problem `build` would, without writing anything.
public final class DiscardingOutput: SiteOutput, Sendable {
    /// The paths and the byte count written so far.
    private let counted = Mutex<(paths: [String], bytes: Int)>(([], 0))

    /// An empty output.
    public init() {}

    /// Forgets what was counted.
    public func prepare() throws { discard() }

    /// Counts bytes and drops them.
    public func write(_ path: String, _ data: Data) throws { try count(path, data.count) }

    /// Counts text and drops it.
    public func write(_ path: String, _ text: String) throws { try count(path, text.utf8.count) }

    /// Counts pieces of bytes and drops them.
    public func write(_ path: String, parts: [[UInt8]]) throws { try count(path, parts.reduce(0) { $0 + $1.count }) }

    /// Files and bytes written and dropped.
    public var totals: (files: Int, bytes: Int, paths: [String]) {
        counted.withLock { ($0.paths.count, $0.bytes, $0.paths) }
    }

    /// Nothing to make the site: the files were never kept.
    public func commit() throws {}

    /// Forgets what was counted.
    public func discard() { counted.withLock { $0 = ([], 0) } }

    private func count(_ path: String, _ byteCount: Int) throws {
        try Self.checkSafe(path)
        counted.withLock {
            $0.paths.append(path)
            $0.bytes += byteCount
        }
    }
}
