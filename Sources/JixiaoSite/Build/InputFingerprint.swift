import Foundation
import JixiaoCore

/// The fingerprint of everything a build reads: every content file (path and bytes, which
/// includes `content/templates` and `content/locales` overrides), every built-in template,
/// asset and locale file, the build options and the generator version. Two builds with the
/// same fingerprint write the same bytes, so a site whose manifest holds it is up to date.
/// 128 bits: XXH64 of the same stream under two seeds, as 32 hexadecimal digits.
/// ``measure(options:content:templates:)`` also hashes the input in ``InputGroups``, so a
/// rebuild can tell which parts changed.
package enum InputFingerprint {
    /// The fingerprint of a build with these options reading these file systems.
    package static func of(options: SiteOptions, content: any FileSystem, templates: any FileSystem) -> String {
        of(options: [options], content: content, templates: templates)[0]
    }

    /// The fingerprints of builds with each of these options (for example every edition of
    /// `--all-editions`), reading the files once: each equals ``of(options:content:templates:)``
    /// of its options.
    package static func of(options list: [SiteOptions], content: any FileSystem, templates: any FileSystem) -> [String] {
        scan(options: list, content: content, templates: templates) { _, _, _ in }
    }

    /// The fingerprint and the hash of each input group (see ``InputGroups``), reading the
    /// files once.
    package static func measure(options: SiteOptions, content: any FileSystem, templates: any FileSystem) -> (
        input: String, groups: [String: String]
    ) {
        var groups = InputGroups()
        for line in ["jixiao \(options.generator)"] + settings(options) { groups.add("options", line + "\n") }
        let input = scan(options: [options], content: content, templates: templates) { label, path, data in
            groups.file(label: label, path: path, data: data)
        }[0]
        return (input, groups.finish())
    }

    /// Hashes the options and every file of both file systems, showing each file to `visit`
    /// (label, path, bytes or `nil` when unreadable) on the way.
    private static func scan(
        options list: [SiteOptions], content: any FileSystem, templates: any FileSystem,
        visit: (String, String, Data?) -> Void
    ) -> [String] {
        var hashers = list.map { _ in [ContentHash(seed: 1), ContentHash(seed: 2)] }
        func feed(_ k: Int, _ text: String) { for i in hashers[k].indices { hashers[k][i].update(text) } }
        func feedAll(_ text: String) { for k in hashers.indices { feed(k, text) } }
        for (k, options) in list.enumerated() {
            feed(k, "jixiao \(options.generator)\n")
            for line in settings(options) { feed(k, line + "\n") }
        }
        for (label, files) in [("content", content), ("site-templates", templates)] {
            for path in files.walk("") {
                let data = try? files.read(path)
                visit(label, path, data)
                guard let data else {
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
