import Foundation
import JixiaoCore

/// A site output kept in memory: files are staged as they are written and become
/// ``files`` on ``commit()``, replacing the previous build as a whole, like ``OutputFolder``.
public final class MemoryOutput: SiteOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var staged: [String: Data] = [:]
    private var order: [String] = []
    private var bytes = 0
    private var committed: [String: Data] = [:]

    /// An empty output.
    public init() {}

    /// The files of the last committed build, by path.
    public var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return committed
    }

    /// A committed file as UTF-8 text, or `nil` when there is none.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Starts a new staging area.
    public func prepare() throws {
        lock.lock()
        defer { lock.unlock() }
        staged = [:]
        order = []
        bytes = 0
    }

    /// Stages bytes.
    public func write(_ path: String, _ data: Data) throws {
        try Self.checkSafe(path)
        lock.lock()
        defer { lock.unlock() }
        staged[path] = data
        order.append(path)
        bytes += data.count
    }

    /// Stages text as UTF-8.
    public func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    /// Stages pieces of bytes as one file.
    public func write(_ path: String, parts: [[UInt8]]) throws { try write(path, Data(parts.joined())) }

    /// Files and bytes staged.
    public var totals: (files: Int, bytes: Int, paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (order.count, bytes, order)
    }

    /// Makes the staged files the output.
    public func commit() throws {
        lock.lock()
        defer { lock.unlock() }
        committed = staged
    }

    /// Drops the staged files.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        staged = [:]
        order = []
        bytes = 0
    }
}
