import JixiaoCore
import JixiaoMarkdown
/// One grade of a scale: everyone with a score at or above `min` (and below the next band's
/// `min`) gets it.
public struct GradeBand: Sendable, Hashable {
    /// Stable id, e.g. `excellent`.
    public var id: String
    /// Display name, e.g. 优秀.
    public var name: String
    /// English name.
    public var nameEN: String?
    /// Lowest score of the band (inclusive).
    public var min: DecimalNumber
    /// Performance coefficient of the band (e.g. 1.2), used by pay.
    public var coefficient: DecimalNumber

    /// Creates a band.
    public init(id: String, name: String, nameEN: String? = nil, min: DecimalNumber, coefficient: DecimalNumber) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.min = min
        self.coefficient = coefficient
    }
}
