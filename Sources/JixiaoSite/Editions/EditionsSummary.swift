import JixiaoCore

/// What `--all-editions` produced: one build summary per edition, and the web server example.
public struct EditionsSummary: Sendable {
    /// Each edition with its folder's summary, in the order written (staff, company, departments).
    public var editions: [(edition: Edition, summary: BuildSummary)]
    /// The text of `nginx.conf.example` (empty when the editions were up to date).
    public var nginxExample: String
    /// The text of the output's `.jixiao-editions` (``EditionsRecord``).
    public var recordText: String
    /// Seconds the whole build took.
    public var seconds: Double
    /// Whether every edition was already up to date, so nothing was rendered or written.
    public var upToDate: Bool

    /// A summary.
    init(
        editions: [(edition: Edition, summary: BuildSummary)], nginxExample: String, record: String, seconds: Double,
        upToDate: Bool = false
    ) {
        self.editions = editions
        self.nginxExample = nginxExample
        recordText = record
        self.seconds = seconds
        self.upToDate = upToDate
    }

    /// The name of the record file to write beside the editions.
    public static var recordFileName: String { EditionsRecord.fileName }
}
