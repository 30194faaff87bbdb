import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
/// What a build produced.
public struct BuildSummary: Sendable {
    /// HTML pages written.
    public var pages: Int
    /// Files of the site (pages, downloads, assets, data), written or reused.
    public var files: Int
    /// Bytes written.
    public var bytes: Int
    /// Seconds the build took.
    public var seconds: Double
    /// Warnings met on the way.
    public var warnings: [Diagnostic]
    /// Files hard-linked unchanged from the previous site instead of written.
    public var reused = 0
    /// Whether the site was already up to date, so nothing was rendered or written.
    public var upToDate = false
    /// One localized line on what was published: files written and reused, or "up to date".
    public var publishing = ""

    /// Files actually written.
    public var written: Int { files - reused }
}
