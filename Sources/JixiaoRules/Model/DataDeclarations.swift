import JixiaoCore

/// What `site.yaml` declares about the monthly data files (`data_files:`): the files every
/// month must have, the files that may be missing, how far a file's row count may fall from
/// one month to the next, and the kind or range of named columns.
public struct DataDeclarations: Sendable, Hashable {
    /// Files every month folder must hold (from their first month on).
    public var expected: [ExpectedDataFile] = []
    /// Names of files that may be missing, empty or short: their problems are warnings.
    public var optional: Set<String> = []
    /// The largest allowed fall in a file's row count from the month before, as a fraction
    /// (0.2 = 20 %); larger falls are reported.
    public var maximumRowDrop = DecimalNumber(raw: DecimalNumber.scale / 5)
    /// The rule of each declared column, by column name.
    public var columns: [String: ColumnRule] = [:]

    /// No declarations: nothing is expected, the default row-drop threshold of 20 %.
    public init() {}

    /// The severity of a completeness problem with the file named `name` (`cs` for `cs.csv`):
    /// a warning for a file declared optional, an error otherwise.
    public func severity(ofFile name: String) -> Severity {
        optional.contains(name) ? .warning : .error
    }
}
