import JixiaoCore
/// One person's progress on one streak rule, recorded month by month in order: the single
/// definition of a streak, used by the evaluator (completions and rewards) and by analytics
/// (streaks in progress).
public struct StreakProgress: Sendable {
    /// Consecutive qualifying months up to the last month recorded (a completion does not
    /// reset it; a month that does not qualify does).
    public private(set) var run = 0
    /// Qualifying months counted toward the next completion: like `run`, but back to 0 when
    /// a streak completes, so the next completion needs the full number of months again.
    public private(set) var count = 0

    /// No month recorded yet.
    public init() {}

    /// Records the next month; returns whether the streak completes in it, i.e. whether this
    /// is the `months`-th consecutive qualifying month since the last completion. `nil` is a
    /// month skipped as a gap (`gaps: skip`): nothing changes.
    public mutating func record(_ qualifies: Bool?, months: Int) -> Bool {
        guard let qualifies else { return false }
        guard qualifies else {
            run = 0
            count = 0
            return false
        }
        run += 1
        count += 1
        if count >= months {
            count = 0
            return true
        }
        return false
    }
}
