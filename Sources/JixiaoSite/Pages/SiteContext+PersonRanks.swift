import JixiaoCore
import JixiaoRules

/// A person's ranks month by month (issue 19, item 10): company, top-level department and
/// role. The current month's ranks link to their leaderboards; an earlier month's boards are
/// its period page (which the row's month cell links to) and the department's dashboard of
/// that month (linked from the period page), so its ranks are plain text (issue 14).
extension SiteContext {
    /// The rank cell of a person's month: `3 · 2 · 1` (company · department · role), each
    /// linking to its leaderboard in the current month; "—" when the person was not ranked.
    func personRankCell(_ e: Int, month: Month, root: String) -> TableView.Cell {
        let period = Period.month(month)
        guard let s = analytics.score(employee: e, period: period), s.notAssessedReason == nil, let score = s.normalized,
            let company = rank(of: score, in: analytics.ranking(period, .company))
        else { return .text("—", style: "muted") }
        let top = content.organisation.departmentChain(s.department).last ?? s.department
        let current = month == currentMonth && showLeaderboards
        var links = [NavLink(label: company, href: current ? root + leaderboardPath(.month, .company) : "")]
        if let d = rank(of: score, in: analytics.ranking(period, .department(top))) {
            links.append(NavLink(label: d, href: current ? root + leaderboardPath(.month, .department(top)) : ""))
        }
        if let r = rank(of: score, in: analytics.ranking(period, .role(s.role))) {
            links.append(NavLink(label: r, href: current ? root + leaderboardPath(.month, .role(s.role)) : ""))
        }
        var cell = TableView.Cell.text(links.map(\.label).joined(separator: " · "))
        if current { cell.links = links }
        return cell
    }

    /// `3/120`: the competition rank of a normalized score in a ranking (entries are sorted by
    /// score, best first, so a binary search finds it) and the number ranked. In a department's
    /// edition a company-wide ranking holds only the rows in scope: the number is the company's
    /// when the edition may show it, else only the rank is given.
    func rank(of score: DecimalNumber, in ranking: Ranking?) -> String? {
        guard let ranking, !ranking.entries.isEmpty else { return nil }
        let entries = ranking.entries
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries.normalized(at: mid) > score { low = mid + 1 } else { high = mid }
        }
        guard low < entries.count, entries.normalized(at: low) == score else { return nil }
        guard let count = rankedCount(ranking) else { return "\(entries[low].rank)" }
        return "\(entries[low].rank)/\(count)"
    }
}
