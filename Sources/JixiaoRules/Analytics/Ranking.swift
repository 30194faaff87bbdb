import JixiaoCore
import JixiaoMarkdown
/// A ranking of people for one period and group.
public struct Ranking: Sendable {
    /// Who is compared.
    public enum Group: Sendable, Hashable {
        /// Everyone (by normalized score).
        case company
        /// A department including its sub-departments.
        case department(String)
        /// A role.
        case role(String)

        /// `company`, `department:cs`, `role:cs-agent`.
        public var key: String {
            switch self {
            case .company: "company"
            case .department(let d): "department:\(d)"
            case .role(let r): "role:\(r)"
            }
        }
    }

    /// One ranked person.
    public struct Entry: Sendable {
        /// Employee index.
        public var employee: Int
        /// Competition rank: ties share a rank and the next rank skips (1, 2, 2, 4).
        public var rank: Int
        /// Whether the rank is shared.
        public var tied: Bool
        /// Percentile rank (see docs/analytics.md).
        public var percentile: DecimalNumber
        /// Normalized score used for ranking.
        public var normalized: DecimalNumber
        /// Score in the scorecard's own points.
        public var score: DecimalNumber
    }

    /// The period.
    public var period: Period
    /// The group.
    public var group: Group
    /// Ranked people, best first; ties ordered by employee id (stored compactly).
    public var entries: RankingEntries
    /// People in the group who were not assessed, listed apart (employee index and reason).
    public var notAssessed: [(employee: Int, reason: String)]
}
