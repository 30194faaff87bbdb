import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// Who a build is for.
public enum Audience: String, Sendable, CaseIterable {
    /// Staff: policy pages (and leaderboards when the settings allow), never pay, no person pages.
    case staff
    /// Managers: everything.
    case managers
}
