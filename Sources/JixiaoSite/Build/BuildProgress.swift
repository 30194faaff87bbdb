import Foundation
import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
import Synchronization

/// Reports a build's progress on standard error: on a terminal, a live line (stage, pages
/// done of total) once the build has run for a second; otherwise one summary line per stage.
public final class BuildProgress: Sendable {
    /// The reporter's changing part; every access goes through one `Mutex`.
    private struct State: Sendable {
        var timer: StageTimer
        var stage = ""
        var done = 0
        var total = 0
        var lastDraw = 0.0
        var lines: [String] = []
    }

    private let interactive: Bool
    private let quiet: Bool
    private let state: Mutex<State>

    /// Lines written (for tests).
    public var lines: [String] { state.withLock { $0.lines } }

    /// Creates a reporter; `interactive` defaults to whether standard error is a terminal.
    public init(
        interactive: Bool? = nil, quiet: Bool = false, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
    ) {
        self.interactive = interactive ?? (isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil)
        self.quiet = quiet
        state = Mutex(State(timer: StageTimer(clock: clock)))
    }

    /// Records a line and writes it to standard error (called with the state locked).
    private func emit(_ text: String, newline: Bool, _ state: inout State) {
        state.lines.append(text)
        guard !quiet else { return }
        let data = Data(((interactive ? "\r\u{1B}[K" : "") + text + (newline ? "\n" : "")).utf8)
        try? FileHandle.standardError.write(contentsOf: data)  // progress is best effort: a failed write must not crash the build
    }

    /// Starts a stage with `total` units of work (0 when unknown).
    public func begin(_ name: String, total: Int = 0) {
        state.withLock {
            $0.stage = name
            $0.done = 0
            $0.total = total
            _ = $0.timer.lap()
        }
    }

    /// Records `count` more units done.
    public func advance(_ count: Int = 1) {
        state.withLock {
            $0.done += count
            let now = $0.timer.clock()
            if interactive, now - $0.timer.start > 1, now - $0.lastDraw > 0.1 {
                $0.lastDraw = now
                emit("  \($0.stage): \($0.done)/\($0.total)", newline: false, &$0)
            }
        }
    }

    /// Ends the current stage with a summary line.
    public func end(_ detail: String = "") {
        state.withLock {
            let seconds = $0.timer.lap()
            let line = String(format: "==> %@%@ (%.2f s)", $0.stage, detail.isEmpty ? "" : ": " + detail, seconds)
            emit(line, newline: true, &$0)
        }
    }

    /// Sets the units of work of the current stage once a stage has found out how many there are.
    public func expect(_ total: Int) { state.withLock { $0.total = total } }

    /// Seconds since the reporter was created.
    public var elapsed: Double { state.withLock { $0.timer.elapsed } }
}
