import Foundation
import JixiaoCore
import Synchronization

/// A site output kept in memory: files are staged as they are written and become
/// ``files`` on ``commit()``, replacing the previous build as a whole, like ``OutputFolder``.
public final class MemoryOutput: SiteOutput, Sendable {
    /// What the output holds; every access goes through one `Mutex`.
    private struct State: Sendable {
        var staged: [String: Data] = [:]
        var order: [String] = []
        var bytes = 0
        var committed: [String: Data] = [:]

        mutating func clearStaging() {
            staged = [:]
            order = []
            bytes = 0
        }
    }

    private let state = Mutex(State())

    /// An empty output.
    public init() {}

    /// The files of the last committed build, by path.
    public var files: [String: Data] { state.withLock { $0.committed } }

    /// A committed file as UTF-8 text, or `nil` when there is none.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Starts a new staging area.
    public func prepare() throws { state.withLock { $0.clearStaging() } }

    /// Stages bytes.
    public func write(_ path: String, _ data: Data) throws {
        try Self.checkSafe(path)
        state.withLock {
            $0.staged[path] = data
            $0.order.append(path)
            $0.bytes += data.count
        }
    }

    /// Stages text as UTF-8.
    public func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    /// Stages pieces of bytes as one file.
    public func write(_ path: String, parts: [[UInt8]]) throws { try write(path, Data(parts.joined())) }

    /// Files and bytes staged.
    public var totals: (files: Int, bytes: Int, paths: [String]) {
        state.withLock { ($0.order.count, $0.bytes, $0.order) }
    }

    /// Makes the staged files the output.
    public func commit() throws { state.withLock { $0.committed = $0.staged } }

    /// Drops the staged files.
    public func discard() { state.withLock { $0.clearStaging() } }

    /// A staged file's bytes.
    public func staged(_ path: String) -> Data? { state.withLock { $0.staged[path] } }
}
