import Foundation

/// Times the stages of a run: each ``lap()`` returns the seconds since the previous lap (or
/// since the timer was made), and ``elapsed`` the seconds since it was made. The site build
/// (through ``BuildProgress``) and `jixiao results --timings` both time their stages with it.
public struct StageTimer: Sendable {
    /// The seconds since some fixed moment (the system's uptime by default).
    public let clock: @Sendable () -> Double
    /// When the timer was made.
    public let start: Double
    private var lastLap: Double

    /// Creates a timer that starts now; `clock` can be replaced in tests.
    public init(clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.clock = clock
        start = clock()
        lastLap = start
    }

    /// The seconds since the previous lap (or the start), and a new lap begins.
    public mutating func lap() -> Double {
        let now = clock()
        defer { lastLap = now }
        return now - lastLap
    }

    /// The seconds since the timer was made.
    public var elapsed: Double { clock() - start }
}
