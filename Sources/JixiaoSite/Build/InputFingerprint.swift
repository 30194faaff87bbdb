import Foundation
import JixiaoCore

/// The fingerprint of everything a build reads: every content file (path and bytes, which
/// includes `content/templates` and `content/locales` overrides), every built-in template,
/// asset and locale file, the build options and the generator version. Two builds with the
/// same fingerprint write the same bytes, so a site whose manifest holds it is up to date.
/// 128 bits: XXH64 of the same stream under two seeds, as 32 hexadecimal digits.
package enum InputFingerprint {
    /// The fingerprint of a build with these options reading these file systems.
    package static func of(options: SiteOptions, content: any FileSystem, templates: any FileSystem) -> String {
        of(options: [options], content: content, templates: templates)[0]
    }

    /// The fingerprints of builds with each of these options (for example every edition of
    /// `--all-editions`), reading the files once: each equals ``of(options:content:templates:)``
    /// of its options.
    package static func of(options list: [SiteOptions], content: any FileSystem, templates: any FileSystem) -> [String] {
        var hashers = list.map { _ in [ContentHash(seed: 1), ContentHash(seed: 2)] }
        func feed(_ k: Int, _ text: String) { for i in hashers[k].indices { hashers[k][i].update(text) } }
        func feedAll(_ text: String) { for k in hashers.indices { feed(k, text) } }
        for (k, options) in list.enumerated() {
            feed(k, "jixiao \(options.generator)\n")
            for line in settings(options) { feed(k, line + "\n") }
        }
        for (label, files) in [("content", content), ("site-templates", templates)] {
            for path in files.walk("") {
                guard let data = try? files.read(path) else {
                    feedAll("\(label)/\(path) unreadable\n")
                    continue
                }
                feedAll("\(label)/\(path) \(data.count)\n")
                data.withUnsafeBytes { bytes in
                    for k in hashers.indices { for i in hashers[k].indices { hashers[k][i].update(bytes) } }
                }
            }
        }
        return hashers.map { pair in pair.map { ContentHash.hex($0.finish()) }.joined() }
    }

    /// The options that change the output, one `name value` line each.
    static func settings(_ options: SiteOptions) -> [String] {
        [
            "audience \(options.audience.rawValue)",
            "edition \(options.edition?.description ?? "-")",
            "locale \(options.locale ?? "-")",
            "month \(options.month?.description ?? "-")",
            "workbooks \(options.workbooks)",
        ]
    }
}
