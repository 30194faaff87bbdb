/// The `sitemap.xml` of a build: every page but the 404 page, by its URL under the base path.
enum Sitemap {
    /// The sitemap of `pages` (paths relative to the site root, already in the order wanted).
    static func xml(basePath: String, pages: [String]) -> String {
        var b = HTMLBuilder()
        b.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        b.start("urlset")
        b.attribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")
        b.end()
        b.raw("\n")
        for page in pages {
            b.open("url")
            b.element("loc", text: basePath + page)
            b.close("url")
            b.raw("\n")
        }
        b.close("urlset")
        b.raw("\n")
        return b.html
    }
}
