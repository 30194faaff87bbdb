import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// Reports a build's progress on standard error: on a terminal, a live line (stage, pages
/// done of total) once the build has run for a second; otherwise one summary line per stage.
public final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive: Bool
    private let quiet: Bool
    private var timer: StageTimer
    private var stage = ""
    private var done = 0
    private var total = 0
    private var lastDraw = 0.0
    /// Lines written (for tests).
    public private(set) var lines: [String] = []

    /// Creates a reporter; `interactive` defaults to whether standard error is a terminal.
    public init(
        interactive: Bool? = nil, quiet: Bool = false, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
    ) {
        self.interactive = interactive ?? (isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil)
        self.quiet = quiet
        timer = StageTimer(clock: clock)
    }

    private func emit(_ text: String, newline: Bool) {
        lines.append(text)
        guard !quiet else { return }
        let data = Data(((interactive ? "\r\u{1B}[K" : "") + text + (newline ? "\n" : "")).utf8)
        try? FileHandle.standardError.write(contentsOf: data)  // progress is best effort: a failed write must not crash the build
    }

    /// Starts a stage with `total` units of work (0 when unknown).
    public func begin(_ name: String, total: Int = 0) {
        lock.lock()
        defer { lock.unlock() }
        stage = name
        done = 0
        self.total = total
        _ = timer.lap()
    }

    /// Records `count` more units done.
    public func advance(_ count: Int = 1) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = timer.clock()
        if interactive, now - timer.start > 1, now - lastDraw > 0.1 {
            lastDraw = now
            emit("  \(stage): \(done)/\(total)", newline: false)
        }
    }

    /// Ends the current stage with a summary line.
    public func end(_ detail: String = "") {
        lock.lock()
        defer { lock.unlock() }
        let seconds = timer.lap()
        emit(String(format: "==> %@%@ (%.2f s)", stage, detail.isEmpty ? "" : ": " + detail, seconds), newline: true)
    }

    /// Sets the units of work of the current stage once a stage has found out how many there are.
    public func expect(_ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.total = total
    }

    /// Seconds since the reporter was created.
    public var elapsed: Double { timer.elapsed }
}
