import JixiaoCore

/// A monthly data file that must be present: its name without the extension (`attendance`
/// for `attendance.csv` or `attendance.xlsx`) and, when it was introduced later, its first month.
public struct ExpectedDataFile: Sendable, Hashable {
    /// The file's name without `.csv` or `.xlsx`.
    public var name: String
    /// The first month the file is expected in; `nil` = every month.
    public var from: Month?

    /// Creates a declaration.
    public init(name: String, from: Month? = nil) {
        self.name = name
        self.from = from
    }

    /// Whether the file must be present in `month`.
    public func isExpected(in month: Month) -> Bool {
        from.map { month >= $0 } ?? true
    }
}
