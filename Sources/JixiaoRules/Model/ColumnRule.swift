import JixiaoCore

/// The declared kind of a monthly data column (`data_files.columns` in `site.yaml`): a count
/// (a whole number ≥ 0), money (≥ 0), a percentage (0–100, written `95.5` or `95.5%`) or a
/// range of its own (`{min: 1, max: 5}`).
public struct ColumnRule: Sendable, Hashable {
    /// The kinds a column can be declared as.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case count, money, percent, range
    }

    /// The kind.
    public var kind: Kind
    /// The smallest allowed value, if any.
    public var minimum: DecimalNumber?
    /// The largest allowed value, if any.
    public var maximum: DecimalNumber?

    /// A rule of one of the named kinds (`count`, `money`, `percent`) with its usual limits.
    public init?(kind name: String) {
        switch Kind(rawValue: name) {
        case .count?, .money?: self.init(kind: Kind(rawValue: name) ?? .count, minimum: .zero, maximum: nil)
        case .percent?: self.init(kind: .percent, minimum: .zero, maximum: .hundred)
        case .range?, nil: return nil
        }
    }

    /// A rule with explicit limits.
    public init(kind: Kind, minimum: DecimalNumber?, maximum: DecimalNumber?) {
        self.kind = kind
        self.minimum = minimum
        self.maximum = maximum
    }

    /// What is wrong with a cell's value (as read, and as written), or `nil` when it fits.
    /// A percentage written with `%` is compared as written (`95%` is 95, not 0.95).
    public func problem(_ value: DecimalNumber, written text: String) -> String? {
        var compared = value
        if kind == .percent, text.trimmingSpaces.hasSuffix("%") { compared = value * DecimalNumber.hundred }
        if kind == .count, compared.rounded(places: 0) != compared { return "is not a whole number" }
        if let minimum, compared < minimum { return "is below \(minimum)" }
        if let maximum, compared > maximum { return "is above \(maximum)" }
        return nil
    }

    /// The rule in words, for messages ("a count (a whole number ≥ 0)").
    public var summary: String {
        switch kind {
        case .count: "a count (a whole number ≥ 0)"
        case .money: "money (≥ 0)"
        case .percent: "a percentage (0–100)"
        case .range: "a value from \(minimum.map { "\($0)" } ?? "−∞") to \(maximum.map { "\($0)" } ?? "∞")"
        }
    }
}
