import JixiaoCore

/// What `--all-editions` produced: one build summary per edition, and the web server example.
public struct EditionsSummary: Sendable {
    /// Each edition with its folder's summary, in the order written (staff, company, departments).
    public var editions: [(edition: Edition, summary: BuildSummary)]
    /// The text of `nginx.conf.example`.
    public var nginxExample: String
    /// Seconds the whole build took.
    public var seconds: Double
}
