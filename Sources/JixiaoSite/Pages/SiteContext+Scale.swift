import JixiaoCore
import JixiaoRules

/// One score scale: every score in a table, chart, KPI or leaderboard is shown on the grade
/// bands' 0–100 scale; a scorecard with another full score (e.g. 20 points) is shown raw only
/// in the person's item breakdown, labelled with its maximum.
extension SiteContext {
    /// A month's total on the 0–100 scale: the raw total × 100 ÷ the scorecard's full score.
    func onScale(_ score: DecimalNumber?, policy: Int?, month: Month) -> DecimalNumber? {
        guard let score, let card = scorecard(policy, month), !card.total.isZero, card.total != .hundred else { return score }
        return (score * .hundred / card.total).rounded(places: 6)
    }

    /// "raw points, out of 20" for a scorecard whose full score is not 100, else `nil`.
    func rawScaleNote(policy: Int?, month: Month) -> String? {
        guard let card = scorecard(policy, month), card.total != .hundred else { return nil }
        return loc.format("raw_scale_note", ["total": loc.score(card.total)])
    }
}
