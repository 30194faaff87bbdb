import JixiaoCore

/// The ranked people of a ranking, best first, stored compactly: per person 16 bytes (employee
/// index, position in the period's results, rank, percentile in hundredths, whether tied)
/// instead of a whole `Ranking.Entry` (80 bytes); the normalized score and the score are read
/// from the period's `PeriodScore` list, which the analytics hold anyway (not copied). A
/// company of 10,000 people over 36 months has some 2.5 million entries (every period, every
/// group: company, each department with its ancestors, role).
public struct RankingEntries: RandomAccessCollection, Sendable {
    /// One stored entry.
    struct Packed: Sendable {
        /// Employee index (possibly renumbered for an edition).
        var employee: Int32
        /// Position of the person's result in `scores`.
        var position: Int32
        /// Competition rank.
        var rank: Int32
        /// Percentile rank in hundredths (0…10,000).
        var percentile: Int16
        /// Whether the rank is shared.
        var tied: Bool
    }

    /// The stored entries.
    var packed: [Packed]
    /// The period's results the entries point into.
    let scores: [PeriodScore]

    /// Entries over `scores`.
    init(_ packed: [Packed], scores: [PeriodScore]) {
        self.packed = packed
        self.scores = scores
    }

    /// No entries.
    public init() { self.init([], scores: []) }

    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { packed.count }

    /// The entry at `i`, made from its packed form and the person's period result.
    public subscript(i: Int) -> Ranking.Entry {
        let p = packed[i]
        let s = scores[Int(p.position)]
        let normalized = s.normalized ?? .zero
        return Ranking.Entry(
            employee: Int(p.employee), rank: Int(p.rank), tied: p.tied,
            percentile: DecimalNumber(raw: Int128(p.percentile) * 10_000), normalized: normalized, score: s.score ?? normalized)
    }

    /// The normalized score of the entry at `i` (the order of the entries), read in place
    /// without making the whole entry: a binary search for a score asks it of many entries.
    public func normalized(at i: Int) -> DecimalNumber {
        scores[Int(packed[i].position)].normalized ?? .zero
    }

    /// The entries `isIncluded` keeps, in order, at most `limit` of them.
    public func filtered(limit: Int = .max, _ isIncluded: (Ranking.Entry) -> Bool) -> RankingEntries {
        var kept: [Packed] = []
        for i in indices where kept.count < limit && isIncluded(self[i]) { kept.append(packed[i]) }
        return RankingEntries(kept, scores: scores)
    }

    /// The entries with each employee index replaced by `newIndex` (an edition's numbering);
    /// those for which it is `nil` are left out. Ranks and percentiles stay as they were.
    public func renumbered(_ newIndex: (Int) -> Int?) -> RankingEntries {
        var kept: [Packed] = []
        for var p in packed {
            guard let e = newIndex(Int(p.employee)) else { continue }
            p.employee = Int32(e)
            kept.append(p)
        }
        return RankingEntries(kept, scores: scores)
    }
}
