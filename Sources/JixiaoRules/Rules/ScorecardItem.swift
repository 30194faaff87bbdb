import JixiaoCore
import JixiaoMarkdown
/// One line of a scorecard: what is assessed, how many points or what weight it carries,
/// and how its score is computed.
public struct ScorecardItem: Sendable, Hashable {
    /// Stable id (a formula can refer to the item's score as `items.<id>`).
    public var id: String
    /// Display name.
    public var name: String
    /// English name.
    public var nameEN: String?
    /// Nominal points (points scoring).
    public var points: DecimalNumber?
    /// Weight (weighted scoring), e.g. 0.15.
    public var weight: DecimalNumber?
    /// The formula giving the item's points (points scoring) or its 0–100 score (weighted).
    public var formula: FormulaSource?
    /// Ratings combined by declared weights, e.g. self 20%, manager 50%, second level 30%.
    public var ratings: [(measure: String, weight: DecimalNumber, location: SourceLocation)]
    /// Lowest result (e.g. 0 for "never below 0").
    public var floor: DecimalNumber?
    /// Highest result (e.g. 40 for "30 points, at most 10 extra").
    public var cap: DecimalNumber?
    /// A veto: when this condition holds the item's result is 0, whatever its formula gives
    /// (e.g. `serious_violation = 1` zeroes the behaviour item).
    public var zeroWhen: FormulaSource?
    /// Whether a lower measured value is better (for display and trends).
    public var lowerIsBetter: Bool
    /// How it is measured (display text).
    public var measure: String?
    /// Target (display text).
    public var target: String?
    /// Data source (display text).
    public var source: String?
    /// Dimension or group label (display text), e.g. 财务.
    public var dimension: String?
    /// English twins of the display texts `measure`, `target`, `source` and `dimension`
    /// (`measure_en`, …), by the Chinese key; shown on English sites.
    public var english: [String: String] = [:]
    /// How often it is assessed (display text).
    public var frequency: String?
    /// Sub-items (a group whose score is the weighted or summed result of its items).
    public var items: [ScorecardItem]
    /// Where the item is declared.
    public var location: SourceLocation

    /// Creates an item.
    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.ratings = []
        self.lowerIsBetter = false
        self.items = []
        self.location = location
    }

    /// Equality by id and location (ratings tuples are not Hashable).
    public static func == (a: ScorecardItem, b: ScorecardItem) -> Bool { a.id == b.id && a.location == b.location }
    /// Hash by id and location.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(location)
    }
}
