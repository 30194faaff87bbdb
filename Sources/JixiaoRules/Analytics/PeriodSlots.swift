import JixiaoCore
import JixiaoMarkdown
/// Dense numbering of the periods a run covers: every month from the first to the last,
/// then their quarters, then their years. Lets analytics keep per-period data in arrays
/// instead of dictionaries keyed by `Period`.
struct PeriodSlots: Sendable {
    /// Index of the first month.
    let firstMonth: Int
    /// Number of months, quarters and years spanned.
    let monthCount: Int, quarterCount: Int, yearCount: Int
    private let firstQuarter: Int, firstYear: Int

    /// Slots spanning `first…last` (month indexes, `Month.index`).
    init(first: Int, last: Int) {
        firstMonth = first
        monthCount = max(0, last - first + 1)
        firstQuarter = first / 3
        quarterCount = max(0, last / 3 - first / 3 + 1)
        firstYear = first / 12
        yearCount = max(0, last / 12 - first / 12 + 1)
    }

    /// Number of slots.
    var count: Int { monthCount + quarterCount + yearCount }

    /// The slot of a month, or nil when the month is outside the span.
    func month(_ m: Month) -> Int? {
        let i = m.index - firstMonth
        return i >= 0 && i < monthCount ? i : nil
    }

    /// The slot of the quarter containing a month in the span.
    func quarter(_ m: Month) -> Int { monthCount + m.index / 3 - firstQuarter }

    /// The slot of the year containing a month in the span.
    func year(_ m: Month) -> Int { monthCount + quarterCount + m.index / 12 - firstYear }

    /// The period of a slot.
    func period(_ slot: Int) -> Period {
        if slot < monthCount { return .month(Month(index: firstMonth + slot)) }
        if slot < monthCount + quarterCount {
            let q = firstQuarter + slot - monthCount
            return Period(kind: .quarter, year: q / 4, number: q % 4 + 1)
        }
        return Period(kind: .year, year: firstYear + slot - monthCount - quarterCount, number: 0)
    }

    /// The slot of the period before, of the same kind, or nil at the start of the span.
    func previous(_ slot: Int) -> Int? {
        if slot == 0 || slot == monthCount || slot == monthCount + quarterCount { return nil }
        return slot - 1
    }
}
