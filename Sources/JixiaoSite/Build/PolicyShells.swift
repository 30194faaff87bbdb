import Foundation
import JixiaoCore

/// All that a rebuild after an edit of policy bodies only needs besides the bodies: each
/// policy's rule tables and page with gaps for its table of contents and body, the search
/// index with gaps for each policy's sections, two interface strings and how many of the
/// build's warnings came from the bodies. Written beside the manifest as
/// `.jixiao-policy-shells` (JSON, sorted keys), only when remaking every page and the
/// search index from the shells gave exactly the bytes the build wrote.
struct PolicyShells: Codable, Sendable, Equatable {
    /// One policy.
    struct Page: Codable, Sendable, Equatable {
        /// The policy file, e.g. `policies/attendance.md`.
        var file: String
        /// Its slug (the Markdown page's URL is `SLUG.html`).
        var slug: String
        /// The file's line on which the body starts.
        var firstLine: Int
        /// The page's path in the site.
        var path: String
        /// The HTML of each rule table its rules have, by name.
        var tables: [String: String]
        /// Whether the body has a table of contents, and whether it is not empty: a rebuild
        /// that changes either renders everything.
        var hasTOC: Bool
        var hasBody: Bool
        /// The page with gaps: slot 0 the table of contents, slot 1 the body.
        var shell: SlottedText
    }

    /// The format; another value is not read.
    static let format = 2
    /// The search index's path in the site.
    static let searchPath = "assets/search-index.js"

    var format = Self.format
    /// `section_link`, the prefix of heading anchors' labels.
    var anchorLabelPrefix: String
    /// `rule_tables`, the heading of the rule tables a body did not place.
    var tablesHeading: String
    /// The body's and the page's language when they differ (see ``PolicyLanguages``).
    var languages: PolicyLanguages?
    /// How many warnings at the end of the build's warnings came from the policy bodies.
    var bodyWarnings: Int
    /// The policies in content order.
    var pages: [Page]
    /// The search index with gaps: slot `i` is policy `i`'s sections as a JSON array.
    var search: SlottedText

    /// The JSON text.
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads the shells; `nil` when the text is not shells of this format.
    init?(text: String) {
        guard let shells = try? JSONDecoder().decode(Self.self, from: Data(text.utf8)), shells.format == Self.format else { return nil }
        self = shells
    }

    /// Shells.
    init(
        anchorLabelPrefix: String, tablesHeading: String, languages: PolicyLanguages?, bodyWarnings: Int, pages: [Page],
        search: SlottedText
    ) {
        self.anchorLabelPrefix = anchorLabelPrefix
        self.tablesHeading = tablesHeading
        self.languages = languages
        self.bodyWarnings = bodyWarnings
        self.pages = pages
        self.search = search
    }

    /// The JSON array of a policy's search sections, as the search index writes it.
    static func sectionsJSON(_ sections: [PolicySection]) -> String {
        var w = JSONWriter()
        w.beginArray()
        for section in sections { w.strings(nil, [section.id, section.heading, section.text]) }
        w.endArray()
        return w.text
    }
}
