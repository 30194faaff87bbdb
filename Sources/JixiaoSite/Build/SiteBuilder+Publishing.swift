import Foundation
import JixiaoCore

/// The build summary's line on publishing: how many files were written and how many reused,
/// or that the site was up to date, in the site's interface language.
extension SiteBuilder {
    /// "12 files written, 1,230 reused" in the build's language.
    static func publishing(_ summary: BuildSummary, _ loc: Localization) -> String {
        loc.format("build_files_written", ["written": "\(summary.written)", "reused": "\(summary.reused)"])
    }

    /// The summary of a build that found the site up to date: nothing rendered or written,
    /// the warnings of the build that made the site.
    func upToDate(_ record: BuildRecord, progress: BuildProgress) -> BuildSummary {
        var summary = BuildSummary(pages: 0, files: 0, bytes: 0, seconds: progress.elapsed, warnings: record.warnings)
        summary.upToDate = true
        summary.publishing = strings(record.locale)?["build_up_to_date"] ?? "up to date"
        return summary
    }

    /// The interface strings of a locale (the content's locale file first), without the
    /// template checks of a full build; `nil` when they cannot be read.
    func strings(_ locale: String) -> Localization? {
        let relative = "locales/\(locale).yaml"
        let files = contentFiles.fileExists(relative) ? contentFiles : templateFiles
        guard let data = try? files.read(relative), let text = String(data: data, encoding: .utf8),
            case .success(let loc) = Localization.parse(text, file: relative, locale: locale, currency: "CNY")
        else { return nil }
        return loc
    }
}
