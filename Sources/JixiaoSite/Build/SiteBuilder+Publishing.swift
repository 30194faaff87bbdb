import Foundation
import JixiaoCore

/// The build summary's line on publishing: how many files were written and how many reused,
/// or that the site was up to date — in English, like every other line `jixiao` prints.
extension SiteBuilder {
    /// "12 files written, 1,230 reused".
    static func publishing(_ summary: BuildSummary) -> String {
        "\(summary.written) files written, \(summary.reused) reused"
    }

    /// What a build that found the site up to date says.
    static let upToDateLine = "up to date: nothing changed since the last build, nothing written (--rebuild builds anyway)"

    /// The summary of a build that found the site up to date: nothing rendered or written,
    /// the warnings of the build that made the site.
    func upToDate(_ record: BuildRecord, progress: BuildProgress) -> BuildSummary {
        var summary = BuildSummary(pages: 0, files: 0, bytes: 0, seconds: progress.elapsed, warnings: record.warnings)
        summary.upToDate = true
        summary.publishing = Self.upToDateLine
        return summary
    }
}
