/// The two languages of a policy page whose body is written in another language than the
/// page's interface (Chinese policies on the English site): the body's, which is the content's
/// `locale` in `site.yaml`, and the page's, in which the generator writes the rule tables,
/// calculators and table of contents entries it adds. Each part of the page carries its `lang`
/// so screen readers pronounce it and browsers pick its fonts and offer to translate it.
public struct PolicyLanguages: Codable, Sendable, Equatable {
    /// The language the policy bodies are written in, e.g. `zh-CN`.
    public var body: String
    /// The page's interface language, e.g. `en`.
    public var page: String

    /// The languages of a page in `page` whose body is in `content`'s language; `nil` when
    /// both are the same language (`zh-CN` and `zh` are).
    public static func of(content: String, page: String) -> Self? {
        primary(content) == primary(page) ? nil : Self(body: content, page: page)
    }

    /// The primary language subtag, lower-cased: `zh` of `zh-CN`.
    static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }

    /// `html` marked as being in the page's language (a rule table placed in the body).
    func pageLanguage(_ html: String) -> String {
        "<div lang=\"" + page + "\">" + html + "</div>"
    }
}
