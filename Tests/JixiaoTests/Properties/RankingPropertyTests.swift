import PropertyBased
import Testing

@testable import JixiaoCore
@testable import JixiaoRules

/// Property-based tests of rankings and department roll-ups (issue 13) against definitions:
/// competition ranks, percentile ranks, means and medians.
@Suite("Properties: ranks, percentiles, roll-ups")
struct RankingPropertyTests {
    static let month = Month(year: 2026, month: 11)!

    /// People with scores in tenths (many ties among few values).
    static func scores(_ tenths: [Int]) -> [PeriodScore] {
        tenths.enumerated().map { e, t in
            let score = DecimalNumber(units: t, fractionDigits: 1)
            return PeriodScore(
                employee: e, department: "d", role: "r", score: score, normalized: score, gradeIndex: nil, gradeID: nil,
                scorecardPolicy: 0, notAssessedReason: nil, assessedMonths: 1, payTotal: nil)
        }
    }

    @Test("a rank is 1 + the number of people scoring higher; ties share it and are marked")
    func competitionRanks() async {
        await propertyCheck(count: 300, input: Gen.int(in: 600...1000).array(of: 1...60)) { tenths in
            let list = Self.scores(tenths)
            let ranking = Analytics.rank(list, Array(list.indices), period: .month(Self.month), group: .company)
            #expect(ranking.entries.count == tenths.count)
            for entry in ranking.entries {
                let mine = tenths[entry.employee]
                #expect(entry.rank == 1 + tenths.count { $0 > mine })
                #expect(entry.tied == (tenths.count { $0 == mine } > 1))
            }
            // Best first; among equals, by employee.
            for (a, b) in zip(ranking.entries, ranking.entries.dropFirst()) {
                #expect(a.normalized > b.normalized || (a.normalized == b.normalized && a.employee < b.employee))
            }
        }
    }

    @Test("a percentile rank is (below + (equal − 1) / 2) / (n − 1) × 100, in 0…100, rising with the score")
    func percentiles() async {
        await propertyCheck(count: 300, input: Gen.int(in: 600...1000).array(of: 1...60)) { tenths in
            let list = Self.scores(tenths)
            let ranking = Analytics.rank(list, Array(list.indices), period: .month(Self.month), group: .company)
            let n = tenths.count
            for entry in ranking.entries {
                let mine = tenths[entry.employee]
                let below = tenths.count { $0 < mine }, equal = tenths.count { $0 == mine }
                // In integers: (2·below + equal − 1) · 100 / (2(n − 1)) percent, half-up to hundredths.
                let numerator = (2 * below + equal - 1) * 100 * 100, denominator = 2 * (n - 1)
                let hundredths = n == 1 ? 10_000 : (2 * numerator + denominator) / (2 * denominator)
                let expected = DecimalNumber(units: hundredths, fractionDigits: 2)
                #expect(entry.percentile == expected)
                #expect(entry.percentile >= .zero && entry.percentile <= 100)
            }
            for (a, b) in zip(ranking.entries, ranking.entries.dropFirst()) { #expect(a.percentile >= b.percentile) }
        }
    }

    @Test("a department's mean and median are those of its assessed members' scores")
    func rollUps() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1000).array(of: 1...50)) { tenths in
            let list = Self.scores(tenths)
            let summary = Analytics.summarise(
                "d", period: .month(Self.month), list: list, members: Array(list.indices),
                changes: Array(repeating: nil, count: list.count), alerts: 0)
            #expect(summary.assessed == tenths.count)
            // Mean: the sum in tenths over n, to six places, half-up.
            let mean = (DecimalNumber(units: tenths.reduce(0, +), fractionDigits: 1) / DecimalNumber(tenths.count)).rounded(places: 6)
            #expect(summary.mean == mean)
            let sorted = tenths.sorted(), n = sorted.count
            let median =
                n % 2 == 1
                ? DecimalNumber(units: sorted[n / 2], fractionDigits: 1)
                : DecimalNumber(units: sorted[n / 2 - 1] + sorted[n / 2], fractionDigits: 2) * 5
            #expect(summary.median == median)
        }
    }
}
