import JixiaoCore
import JixiaoMarkdown
/// Which scorecard is in force for a policy in a month, looked up in an array instead of
/// searching the versions each time (analytics asks this for every person-month).
struct ScorecardTable: Sendable {
    /// The scorecards of every version that has one.
    let cards: [Scorecard]
    private let slots: [Int32]
    private let firstMonth: Int
    private let monthCount: Int
    private let versions: [CompiledVersion]

    /// Builds the table for `months` (indexes `first…last`).
    init(versions: [CompiledVersion], policyCount: Int, firstMonth: Int, lastMonth: Int) {
        self.versions = versions
        self.firstMonth = firstMonth
        monthCount = max(0, lastMonth - firstMonth + 1)
        var cards: [Scorecard] = []
        var slots = [Int32](repeating: -1, count: policyCount * monthCount)
        for version in versions {
            guard let card = version.rules.scorecard, version.policyIndex < policyCount else { continue }
            let c = Int32(cards.count)
            cards.append(card)
            for i in 0..<monthCount where version.isInForce(Month(index: firstMonth + i)) {
                let slot = version.policyIndex * monthCount + i
                if slots[slot] < 0 { slots[slot] = c }
            }
        }
        self.cards = cards
        self.slots = slots
    }

    /// Index in `cards` of the scorecard of `policy` in `month`.
    func index(_ policy: Int?, _ month: Month) -> Int? {
        guard let policy else { return nil }
        let i = month.index - firstMonth
        if i >= 0, i < monthCount, policy * monthCount + i < slots.count {
            let c = slots[policy * monthCount + i]
            return c < 0 ? nil : Int(c)
        }
        // Outside the table (not expected): search the versions.
        guard let version = versions.version(policy: policy, month: month), let card = version.rules.scorecard else { return nil }
        return cards.firstIndex(of: card)
    }

    /// A score as a percentage of its scorecard's total (6 places); unchanged without a
    /// scorecard or when the total is zero.
    func normalized(_ score: DecimalNumber, card: Int?) -> DecimalNumber {
        guard let card, !cards[card].total.isZero else { return score }
        return (score * .hundred / cards[card].total).rounded(places: 6)
    }
}
