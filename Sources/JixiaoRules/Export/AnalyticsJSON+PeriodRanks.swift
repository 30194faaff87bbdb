import JixiaoCore
extension AnalyticsJSON {
    /// Each person's rank in one period in the company, their own department and their
    /// role, by employee index: (ranking, position of their entry), −1 when not ranked.
    struct PeriodRanks {
        private var rankings: [Ranking] = []
        private var company: [(Int32, Int32)], department: [(Int32, Int32)], role: [(Int32, Int32)]

        /// The ranks of `period`, whose results are `list`.
        init(_ period: Period, _ analytics: Analytics, list: [PeriodScore], employeeCount: Int) {
            var ownDepartment = [String?](repeating: nil, count: employeeCount)
            var ownRole = [String?](repeating: nil, count: employeeCount)
            for s in list { ownDepartment[s.employee] = s.department; ownRole[s.employee] = s.role }
            company = [(Int32, Int32)](repeating: (-1, -1), count: employeeCount)
            department = company
            role = company
            for ranking in analytics.rankings where ranking.period == period {
                let r = Int32(rankings.count)
                for (i, entry) in ranking.entries.enumerated() {
                    switch ranking.group {
                    case .company: company[entry.employee] = (r, Int32(i))
                    case .department(let d) where d == ownDepartment[entry.employee]: department[entry.employee] = (r, Int32(i))
                    case .role(let x) where x == ownRole[entry.employee]: role[entry.employee] = (r, Int32(i))
                    default: break
                    }
                }
                rankings.append(ranking)
            }
        }

        /// Writes the `rank_company`, `rank_department` and `rank_role` values of employee `e`
        /// as array elements: each `[rank, tied, percentile, of]`, or null when there is none.
        func writeRow(_ w: inout JSONWriter, employee e: Int) {
            for at in [company[e], department[e], role[e]] {
                guard at.0 >= 0 else {
                    w.raw(nil, "null")
                    continue
                }
                let ranking = rankings[Int(at.0)]
                let entry = ranking.entries[Int(at.1)]
                w.beginArray()
                w.int(nil, entry.rank)
                w.bool(nil, entry.tied)
                w.number(nil, entry.percentile)
                w.int(nil, ranking.entries.count)
                w.endArray()
            }
        }

        /// Writes `rank_company`, `rank_department` and `rank_role` of employee `e` (those that exist).
        func write(_ w: inout JSONWriter, employee e: Int) {
            for (key, at) in [("company", company[e]), ("department", department[e]), ("role", role[e])] where at.0 >= 0 {
                let ranking = rankings[Int(at.0)]
                let entry = ranking.entries[Int(at.1)]
                w.beginObject("rank_" + key)
                w.int("rank", entry.rank)
                w.bool("tied", entry.tied)
                w.number("percentile", entry.percentile)
                w.int("of", ranking.entries.count)
                w.endObject()
            }
        }
    }
}
