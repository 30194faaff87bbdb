import JixiaoCore

/// The people of the managers' search index, split into parts so that a query loads only
/// the parts that can match it (issue 15, "search at scale").
///
/// `assets/search-people.js` is a small manifest, loaded with the search page:
///
///     window.JIXIAO_SEARCH_PARTS = {"base":438,"size":625,"count":16,
///       "path":"assets/search/people-","keys":"\n王 ffff\n王芳 0402…",
///       "ids":["e000001","e000625",…]};
///
/// Part `n` is `assets/search/people-<n>.js`, entries `base + n × size …` of the whole
/// index in the order the single index had them, written as
/// `(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([n, {…}]);`
/// where the object (JSON) is `{"k":"person","u":"people/{}.html","t":[…],"f":[…],"w":"…"}`: the kind
/// and URL pattern once, then per entry, in columns, the title as written (`0`: the same as
/// its normalised form), what fills the pattern's `{}` (`0`: the entry's first word, its id),
/// and one line of `w` (lines joined by `\n`): the title, a tab, and the further searchable
/// words, both normalised as `jixiao.js`'s `norm` would (lower-cased, spaces collapsed). So
/// the browser makes nothing per person when a part arrives, and matches a line as it is.
/// The object is written as a plain literal: it is mostly one long string, which the script
/// parser reads once (`JSON.parse('…')` of the same text read it twice and was slower).
/// `assets/search/people-all.js` is every part's script, one after the other: a query that
/// needs more than a few parts, and the background preload, load that one file instead (one
/// load, not 16; issue 15, a broad first query within 50 ms). The parts are loaded by
/// `jixiao.js` with a `<script>` element (which, unlike `fetch`, works from `file://`).
///
/// `keys` holds one line per key, `\n<key> <bitmap>`, read by searching the string (faster
/// than parsing thousands of object keys with the page): every character and every pair of
/// adjacent characters of each word of the searchable text (title and summary, normalised)
/// with a bitmap of the parts holding it: hex digit `n / 4`, bit `n % 4` — but not the first
/// pair of an entry's id word (the first word of its summary). `ids` holds each part's first
/// and last id word (``idRanges()``). A part can hold a match for a query word of 2+
/// characters only when it holds every pair of the word or its id range allows an id starting
/// with it; for a one-character word, only when it holds the character. The browser loads,
/// and reads, only the parts that can match every word.
struct SearchParts: Sendable {
    /// One searchable entry that is not a policy (a person, a department): title, URL, kind, summary.
    struct Entry: Sendable, Equatable {
        /// The title shown (a person's name).
        var title: String
        /// The site-relative URL.
        var url: String
        /// The kind (`person`).
        var kind: String
        /// Further searchable text (id, department, role).
        var summary: String

        /// Writes the entry as the index's `{"t","u","k","s"}` object.
        func write(to w: inout JSONWriter) {
            w.beginObject()
            w.string("t", title)
            w.string("u", url)
            w.string("k", kind)
            w.string("s", summary)
            w.endObject()
        }
    }

    /// Entries per part: at least 250 (about 25 KB of JSON, 4 KB compressed), and no more
    /// than 16 parts, so that a query matching everyone loads few files.
    static func size(of count: Int) -> Int { max(250, (count + 15) / 16) }
    /// The manifest's path.
    static let manifestPath = "assets/search-people.js"
    /// The parts' path prefix (`<prefix><n>.js`).
    static let partPrefix = "assets/search/people-"

    /// The entries, in index order.
    var entries: [Entry]
    /// How many entries `assets/search-index.js` holds before these.
    var base: Int

    /// Entries per part.
    var size: Int { Self.size(of: entries.count) }
    /// The number of parts.
    var count: Int { (entries.count + size - 1) / size }

    /// The manifest, every part and the file of all parts, as (site path, script text).
    func files() -> [(path: String, text: String)] {
        var out = [(path: Self.manifestPath, text: manifest())]
        for n in 0..<count { out.append((Self.partPrefix + "\(n).js", part(n))) }
        out.append((Self.partPrefix + "all.js", out.dropFirst().map(\.text).joined()))
        return out
    }

    /// The manifest script (see the type's documentation).
    func manifest() -> String {
        var keys = ""
        for (key, bits) in bitmaps().sorted(by: { $0.key < $1.key }) { keys += "\n" + key + " " + Self.hex(bits, count: count) }
        var w = JSONWriter()
        w.beginObject()
        w.int("base", base)
        w.int("size", size)
        w.int("count", count)
        w.string("path", Self.partPrefix)
        w.string("keys", keys)
        w.strings("ids", idRanges().flatMap { [$0.first, $0.last] })
        w.endObject()
        return "window.JIXIAO_SEARCH_PARTS = " + w.text + ";\n"
    }

    /// Part `n`'s script (see the type's documentation).
    func part(_ n: Int) -> String {
        let slice = entries[(n * size)..<min(entries.count, (n + 1) * size)]
        let pattern = Self.urlPattern(of: slice.map(\.url))
        var titles = JSONWriter(), fills = JSONWriter(), lines: [String] = []
        titles.beginArray()
        fills.beginArray()
        for e in slice {
            let title = Self.words(e.title), words = Self.words(e.summary)
            let fill = String(e.url.dropFirst(pattern.prefix.count).dropLast(pattern.suffix.count))
            if e.title == title { titles.int(nil, 0) } else { titles.string(nil, e.title) }
            if fill == words.prefix(while: { $0 != " " }) { fills.int(nil, 0) } else { fills.string(nil, fill) }
            lines.append(title + "\t" + words)
        }
        titles.endArray()
        fills.endArray()
        var w = JSONWriter()
        w.beginObject()
        w.string("k", slice.first?.kind ?? "person")
        w.string("u", pattern.prefix + "{}" + pattern.suffix)
        w.raw("t", titles.text)
        w.raw("f", fills.text)
        w.string("w", lines.joined(separator: "\n"))
        w.endObject()
        return "(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([\(n)," + w.text + "]);\n"
    }

    /// The prefix and suffix every URL shares (`people/`, `.html`), or empty ones.
    static func urlPattern(of urls: [String]) -> (prefix: String, suffix: String) {
        let prefix = "people/", suffix = ".html"
        let shared = urls.allSatisfy { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && $0.count >= prefix.count + suffix.count }
        return shared ? (prefix, suffix) : ("", "")
    }

    /// `text` as `jixiao.js`'s `norm` makes it: lower-cased as JavaScript's `toLowerCase`
    /// (a final capital sigma as `ς`), runs of white space (what a JavaScript `\s` matches) as
    /// one space, trimmed.
    static func words(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView(), space = false
        for (i, scalar) in scalars.enumerated() {
            if isJavaScriptSpace(scalar) {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            if scalar == "\u{03A3}" && isFinalSigma(at: i, in: scalars) {
                out.append("\u{03C2}")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether the capital sigma at `i` ends a word (Unicode's Final_Sigma condition, which
    /// JavaScript's `toLowerCase` applies and Swift's `lowercased()` does not): a cased letter
    /// before it and none after it, case-ignorable characters skipped.
    static func isFinalSigma(at i: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = i - 1, after = i + 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return before >= 0 && scalars[before].properties.isCased && (after == scalars.count || !scalars[after].properties.isCased)
    }

    /// Whether a JavaScript regular expression's `\s` matches `scalar`.
    static func isJavaScriptSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// For every character and every pair of adjacent characters of each word of the
    /// searchable text (normalised), the set of parts holding it — except the first pair of
    /// an entry's id word (the first word of its summary), which ``idRanges()`` covers.
    func bitmaps() -> [String: Set<Int>] {
        var map: [String: Set<Int>] = [:]
        let size = size
        for (i, e) in entries.enumerated() {
            let title = Self.words(e.title).split(separator: " "), summary = Self.words(e.summary).split(separator: " ")
            for (w, word) in (title + summary).enumerated() {
                let scalars = Array(word.unicodeScalars), id = w == title.count
                for (k, scalar) in scalars.enumerated() {
                    map[String(scalar), default: []].insert(i / size)
                    if k + 1 < scalars.count && !(id && k == 0) {
                        var pair = String.UnicodeScalarView()
                        pair.append(contentsOf: scalars[k...(k + 1)])
                        map[String(pair), default: []].insert(i / size)
                    }
                }
            }
        }
        return map
    }

    /// Per part, the first and the last of its entries' id words (the first word of the
    /// normalised summary) in JavaScript's string order (UTF-16 code units): a query word of 2+
    /// characters can begin an id of the part only when it lies between their prefixes of its
    /// length, so an employee number (or its first 3+ characters) narrows to the parts whose
    /// ids can start with it (issue 15: a broad first query within 50 ms).
    func idRanges() -> [(first: String, last: String)] {
        (0..<count).map { n in
            let ids = entries[(n * size)..<min(entries.count, (n + 1) * size)].map { String(Self.words($0.summary).prefix { $0 != " " }) }
            let sorted = ids.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            return (sorted.first ?? "", sorted.last ?? "")
        }
    }

    /// The bitmap of `parts` as hex digits, part `n` in digit `n / 4`, bit `n % 4`.
    static func hex(_ parts: Set<Int>, count: Int) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for d in 0..<((count + 3) / 4) {
            var v = 0
            for b in 0..<4 where parts.contains(d * 4 + b) { v |= 1 << b }
            out.append(digits[v])
        }
        return out
    }
}
