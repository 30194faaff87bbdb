import JixiaoCore

/// The `.jixiao-editions` file `--all-editions` writes at the root of its output: which
/// editions the last build wrote, one a line, so that the next build can tell, before loading
/// any content, which edition folders to check for being up to date (each folder's own
/// ``SiteManifest`` holds that edition's input fingerprint):
///
/// ```
/// jixiao-editions 1
/// edition staff
/// edition company
/// edition department:cs
/// ```
package struct EditionsRecord: Sendable, Equatable {
    /// The file's name in the output folder, beside `nginx.conf.example`.
    package static let fileName = ".jixiao-editions"
    /// The first line.
    static let header = "jixiao-editions 1"

    /// The editions written, in order.
    package var editions: [Edition]

    /// A record of these editions.
    package init(editions: [Edition]) { self.editions = editions }

    /// Reads a record; `nil` when the text is not one (then every edition is built).
    package init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(Self.header) else { return nil }
        var editions: [Edition] = []
        for line in lines {
            guard line.hasPrefix("edition "), let edition = Edition(parsing: String(line.dropFirst("edition ".count))) else {
                return nil
            }
            editions.append(edition)
        }
        guard !editions.isEmpty else { return nil }
        self.editions = editions
    }

    /// The text of the record.
    package var text: String {
        ([Self.header] + editions.map { "edition \($0)" }).joined(separator: "\n") + "\n"
    }
}
