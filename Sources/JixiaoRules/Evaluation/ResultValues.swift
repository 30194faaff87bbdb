import JixiaoCore
import JixiaoMarkdown
/// The month's results that later rules read (score, coefficient…), in a fixed array
/// indexed by the result's position: no hashing, no allocation per person-month.
struct ResultValues: Sendable {
    private var storage: [DecimalNumber?] = Array(repeating: nil, count: SlotSource.ResultValue.allCases.count)

    /// The value of a result, if set.
    subscript(_ key: SlotSource.ResultValue) -> DecimalNumber? {
        get { storage[key.position] }
        set { storage[key.position] = newValue }
    }

    /// Forgets every value (next month).
    mutating func clear() {
        for i in storage.indices { storage[i] = nil }
    }
}

/// Per result, the value of each month (by month offset), for history functions.
struct ResultHistory: Sendable {
    private var storage: [[DecimalNumber?]]

    /// Empty history for `months` months.
    init(months: Int) {
        storage = Array(repeating: Array(repeating: nil, count: months), count: SlotSource.ResultValue.allCases.count)
    }

    /// The value of a result in a month, if any.
    subscript(_ key: SlotSource.ResultValue, _ offset: Int) -> DecimalNumber? {
        get { offset >= 0 && offset < storage[key.position].count ? storage[key.position][offset] : nil }
        set { storage[key.position][offset] = newValue }
    }
}

extension SlotSource.ResultValue {
    /// Position among all cases.
    var position: Int {
        switch self {
        case .score: 0
        case .coefficient: 1
        case .band_coefficient: 2
        case .assessed: 3
        case .grade_level: 4
        case .level: 5
        case .streak_reward: 6
        }
    }
}
