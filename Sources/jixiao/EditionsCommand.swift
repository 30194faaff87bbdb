import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoSite

/// `jixiao build --edition …` and `--all-editions`: the need-to-know editions of the site.
enum EditionsCommand {
    /// Reads `--edition`; a usage error for a malformed value or together with `--all-editions`.
    static func parse(_ text: String, allEditions: Bool) throws -> Edition {
        guard !allEditions else { throw ValidationError("--edition and --all-editions cannot be used together") }
        guard let edition = Edition(parsing: text) else {
            throw ValidationError("--edition must be staff, company or department:<id> (for example department:cs), not \(text)")
        }
        return edition
    }

    /// Builds every edition into `output`, then writes `nginx.conf.example` and the marker that
    /// lets a later build replace the folder; exit 1 on build errors.
    static func run(_ options: SiteOptions, output: String, progress: BuildProgress, quiet: Bool) throws {
        do {
            let summary = try EditionsBuilder(options: options).build(progress: progress)
            for w in summary.editions.first?.summary.warnings ?? [] { try Console.err(w.description) }
            if summary.upToDate {
                if !quiet {
                    try Console.err(
                        "jixiao build: \(summary.editions.count) editions \(summary.editions.first?.summary.publishing ?? "") → \(output)")
                }
                return
            }
            let root = URL(fileURLWithPath: output)
            try Data(summary.nginxExample.utf8).write(to: root.appendingPathComponent("nginx.conf.example"), options: .atomic)
            try Data(summary.recordText.utf8).write(to: root.appendingPathComponent(EditionsSummary.recordFileName), options: .atomic)
            try Data(OutputSafety.markerText.utf8).write(to: root.appendingPathComponent(OutputSafety.markerName), options: .atomic)
            guard !quiet else { return }
            for (edition, s) in summary.editions {
                try Console.err(
                    String(
                        format: "  %@: %d pages, %d files (%d reused), %.1f MB in %.2f s", edition.folderName, s.pages, s.files,
                        s.reused, Double(s.bytes) / 1_048_576, s.seconds))
            }
            try Console.err(
                String(
                    format: "jixiao build: %d editions in %.2f s → %@ (and nginx.conf.example)", summary.editions.count, summary.seconds,
                    output))
        } catch let error as DiagnosticError {
            for d in error.diagnostics { try Console.err(d.description) }
            try Console.err(
                "jixiao build: failed with \(error.diagnostics.filter { $0.severity == .error }.count) error(s); \(output) was left as it was"
            )
            throw ExitCode(1)
        }
    }
}
