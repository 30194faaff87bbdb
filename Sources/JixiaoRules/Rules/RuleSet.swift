import JixiaoCore
import JixiaoMarkdown
/// The rules of one version of a policy, read from its front matter.
public struct RuleSet: Sendable {
    /// Whom the rules apply to.
    public var scope = Scope()
    /// Named rate tables for PROGRESSIVE, BRACKET, RETRO and LOOKUP.
    public var tables: [String: RateTable] = [:]
    /// Where each table is declared.
    public var tableLocations: [String: SourceLocation] = [:]
    /// Named helper formulas, in the order written.
    public var variables: [(name: String, formula: FormulaSource)] = []
    /// The scorecard, when the policy defines one.
    public var scorecard: Scorecard?
    /// Who is not assessed.
    public var eligibility: [EligibilityRule] = []
    /// Streak rules.
    public var streaks: [StreakRule] = []
    /// Alert rules.
    public var alerts: [AlertRule] = []
    /// Plausible ranges of measures.
    public var ranges: [MeasureRange] = []
    /// A badge ladder.
    public var ladder: Ladder?
    /// Pay items.
    public var pay: [PayItem] = []
    /// The assessment calendar (stages, reviews, due days), when the policy declares one.
    public var calendar: AssessmentCalendar?
    /// Second compositions of the same person and month, next to the scorecard.
    public var compositions: [Composition] = []

    /// An empty rule set.
    public init() {}

    /// Whether the set holds any rule at all.
    public var isEmpty: Bool {
        scorecard == nil && eligibility.isEmpty && streaks.isEmpty && alerts.isEmpty && ranges.isEmpty && ladder == nil && pay.isEmpty
            && calendar == nil && compositions.isEmpty
    }
}

/// A policy's rules over time: each version applies from its month until the next version.
public struct PolicyRules: Sendable {
    /// The policy.
    public var policy: Policy
    /// Versions in month order.
    public var versions: [Version]

    /// One version of the rules.
    public struct Version: Sendable {
        /// First month it applies.
        public var effective: Month
        /// What changed against the previous version (display).
        public var changes: String?
        /// Its English (`changes_en`), shown on English sites; `nil` = `changes`.
        public var changesEN: String? = nil
        /// The rules.
        public var rules: RuleSet
    }

    /// The version in force in `month`, if any.
    public func version(in month: Month) -> Version? {
        versions.last { $0.effective <= month }
    }
}
