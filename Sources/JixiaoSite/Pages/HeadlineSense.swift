/// Whether a rise in a headline figure is good news, bad news or neither.
enum HeadlineSense: Sendable {
    /// More is better (mean score).
    case upIsGood
    /// Less is better (alert count).
    case downIsGood
    /// Neither (head count, pay total).
    case neutral

    /// `good`, `bad` or `neutral` for a change going `up`, `down` or `flat`.
    func tone(_ direction: String) -> String {
        switch (self, direction) {
        case (.neutral, _), (_, "flat"): return "neutral"
        case (.upIsGood, "up"), (.downIsGood, "down"): return "good"
        default: return "bad"
        }
    }
}
