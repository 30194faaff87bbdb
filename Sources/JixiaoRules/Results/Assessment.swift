import JixiaoCore
import JixiaoMarkdown
/// Whether and how a person was assessed in a month.
public enum Assessment: Sendable, Hashable {
    /// Assessed: the scorecard total is the score.
    case assessed
    /// Not assessed for a reason a policy gives (shown instead of a score, never as 0).
    case notAssessed(reason: String)
    /// Should be assessed, but data the scorecard needs is missing (an alert for managers).
    case missingData(names: [String])
    /// Employed, but no row at all in that month's data.
    case noData
    /// No scorecard applies to the person.
    case notCovered

    /// A short machine name: `assessed`, `not-assessed`, `missing-data`, `no-data`, `not-covered`.
    public var code: String {
        switch self {
        case .assessed: "assessed"
        case .notAssessed: "not-assessed"
        case .missingData: "missing-data"
        case .noData: "no-data"
        case .notCovered: "not-covered"
        }
    }
}
