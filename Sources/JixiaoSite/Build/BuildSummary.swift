import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// What a build produced.
public struct BuildSummary: Sendable {
    /// HTML pages written.
    public var pages: Int
    /// Files written (pages, downloads, assets, data).
    public var files: Int
    /// Bytes written.
    public var bytes: Int
    /// Seconds the build took.
    public var seconds: Double
    /// Warnings met on the way.
    public var warnings: [Diagnostic]
}
