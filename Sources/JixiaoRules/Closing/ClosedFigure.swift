import JixiaoCore

/// One published figure of a closed month, as a path of keys (`people`, `E0304`, `pay`,
/// `commission`) and its text, written exactly as the results JSON writes it.
public struct ClosedFigure: Sendable, Hashable {
    /// Keys from the top of the record down to the figure.
    public var path: [String]
    /// The figure as text (decimals as the results JSON writes them).
    public var value: String
    /// Line in the record file (`nil` for a figure computed now).
    public var line: Int?

    /// Creates a figure.
    public init(_ path: [String], _ value: String, line: Int? = nil) {
        self.path = path
        self.value = value
        self.line = line
    }

    /// Orders figures by their keys, one key at a time (the order of the record file).
    public static func byPath(_ a: ClosedFigure, _ b: ClosedFigure) -> Bool {
        a.path.lexicographicallyPrecedes(b.path)
    }
}
