import JixiaoCore
import JixiaoRules

/// The Detail column of the dashboard panels in words (issue 19): "得分 14.3" and
/// "较上月 −6.31 分" instead of bare numbers; the cells keep their numeric sort values.
extension SiteContext {
    /// A score labelled as one: `得分 14.3` / `score 14.3`.
    func panelScoreCell(_ value: DecimalNumber?) -> TableView.Cell {
        .number(loc.format("panel_detail_score", ["score": loc.score(value)]), value: value)
    }

    /// A change against the previous period in words, coloured by direction:
    /// `较上月 −6.31 分` / `−6.31 points vs last month` (`较上期` / `vs previous period` for
    /// quarters and years).
    func panelChangeCell(_ value: DecimalNumber, period: Period) -> TableView.Cell {
        let key = period.kind == .month ? "panel_detail_change_month" : "panel_detail_change_period"
        return .number(
            loc.format(key, ["change": loc.change(value)]), value: value,
            style: value.isNegative ? "bad" : (value.isZero ? "" : "good"))
    }
}
