import JixiaoCore

/// The people of the managers' search index, split into parts so that a query loads only
/// the parts that can match it (issue 15, "search at scale").
///
/// `assets/search-people.js` is a small manifest, loaded with the search page:
///
///     window.JIXIAO_SEARCH_PARTS = {"base":438,"size":625,"count":16,
///       "path":"assets/search/people-","keys":{"王":"ffff","王芳":"0402",…}};
///
/// Part `n` is `assets/search/people-<n>.js`, entries `base + n × size …` of the whole
/// index in the order the single index had them, written as
/// `(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([n, JSON.parse('…')]);`
/// where the JSON is `{"k":"person","u":"people/{}.html","e":[[title, fill, words], …]}`: the
/// kind and URL pattern once, then per entry the title as written, what fills the pattern's
/// `{}`, and the searchable words already normalised as `jixiao.js` would (lower-cased,
/// spaces collapsed). A JSON string parses faster than the same object literal, and the
/// compact rows are half the bytes (issue 15: a broad first query loads every part). The
/// parts are loaded by `jixiao.js` with a `<script>` element (which, unlike `fetch`, works
/// from `file://`). `keys` maps every character and every pair of adjacent characters of each
/// word of the searchable text (title and summary, as written and lower-cased) to a bitmap
/// of the parts holding it: hex digit `n / 4`, bit `n % 4`. A part can hold a match only
/// when it holds every pair of every query word (a one-character word: that character), so
/// the browser loads only the parts whose bitmaps have them all.
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

    /// The manifest and every part, as (site path, script text).
    func files() -> [(path: String, text: String)] {
        var out = [(path: Self.manifestPath, text: manifest())]
        for n in 0..<count { out.append((Self.partPrefix + "\(n).js", part(n))) }
        return out
    }

    /// The manifest script (see the type's documentation).
    func manifest() -> String {
        var w = JSONWriter()
        w.beginObject()
        w.int("base", base)
        w.int("size", size)
        w.int("count", count)
        w.string("path", Self.partPrefix)
        w.beginObject("keys")
        for (char, bits) in bitmaps().sorted(by: { $0.key < $1.key }) { w.string(char, Self.hex(bits, count: count)) }
        w.endObject()
        w.endObject()
        return "window.JIXIAO_SEARCH_PARTS = " + w.text + ";\n"
    }

    /// Part `n`'s script (see the type's documentation).
    func part(_ n: Int) -> String {
        let slice = entries[(n * size)..<min(entries.count, (n + 1) * size)]
        let pattern = Self.urlPattern(of: slice.map(\.url))
        var w = JSONWriter()
        w.beginObject()
        w.string("k", slice.first?.kind ?? "person")
        w.string("u", pattern.prefix + "{}" + pattern.suffix)
        w.beginArray("e")
        for e in slice {
            w.strings(nil, [e.title, String(e.url.dropFirst(pattern.prefix.count).dropLast(pattern.suffix.count)), Self.words(e.summary)])
        }
        w.endArray()
        w.endObject()
        return "(window.JIXIAO_SEARCH_LOADED = window.JIXIAO_SEARCH_LOADED || []).push([\(n),JSON.parse('" + Self.singleQuoted(w.text)
            + "')]);\n"
    }

    /// The prefix and suffix every URL shares (`people/`, `.html`), or empty ones.
    static func urlPattern(of urls: [String]) -> (prefix: String, suffix: String) {
        let prefix = "people/", suffix = ".html"
        let shared = urls.allSatisfy { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && $0.count >= prefix.count + suffix.count }
        return shared ? (prefix, suffix) : ("", "")
    }

    /// `text` as `jixiao.js`'s `norm` makes it: lower-cased, runs of white space (what a
    /// JavaScript `\s` matches) as one space, trimmed.
    static func words(_ text: String) -> String {
        var out = String.UnicodeScalarView(), space = false
        for scalar in text.lowercased().unicodeScalars {
            if isJavaScriptSpace(scalar) {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a JavaScript regular expression's `\s` matches `scalar`.
    static func isJavaScriptSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// `json` inside a single-quoted JavaScript string: backslashes and quotes escaped, and
    /// the line and paragraph separators written as escapes.
    static func singleQuoted(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// For every character and every pair of adjacent characters of each word of the
    /// searchable text (as written and lower-cased), the set of parts holding it.
    func bitmaps() -> [String: Set<Int>] {
        var map: [String: Set<Int>] = [:]
        let size = size
        for (i, e) in entries.enumerated() {
            let text = e.title + " " + e.summary
            for word in (text + " " + text.lowercased()).split(whereSeparator: \.isWhitespace) {
                let scalars = Array(word.unicodeScalars)
                for (k, scalar) in scalars.enumerated() {
                    map[String(scalar), default: []].insert(i / size)
                    if k + 1 < scalars.count {
                        var pair = String.UnicodeScalarView()
                        pair.append(contentsOf: scalars[k...(k + 1)])
                        map[String(pair), default: []].insert(i / size)
                    }
                }
            }
        }
        return map
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
