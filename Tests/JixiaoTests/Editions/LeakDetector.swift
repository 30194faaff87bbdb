import Foundation
import ZIPFoundation

/// Finds any of many byte strings (needles: ids, names, pay figures) anywhere in a site's
/// files in one pass per file (an Aho–Corasick automaton over bytes). Before scanning, every
/// `base64,` payload (data: URLs of downloads) is replaced by its decoded bytes, every
/// percent-encoded `data:` URL is decoded, and `\uXXXX` JSON escapes and `&#…;` HTML character
/// references are turned back into UTF-8, and every Excel workbook (`.xlsx`, a zip of XML
/// parts) is unpacked, so a secret cannot hide behind an encoding or a compression.
struct LeakDetector {
    /// What a needle is, for messages.
    struct Needle: Hashable {
        var text: String
        var what: String
        /// What may not touch a match for it to count: nothing (names), letters and digits
        /// (ids: `E0201` is not in `E02011`), or digits, `.` and `,` before and digits after
        /// (figures: `758.14` is not in `5758.14`, `14,755.00` not in `1000.14,755.00`).
        var boundary: Boundary = .none
    }

    /// See ``Needle/boundary``.
    enum Boundary: Hashable {
        case none, word, number
    }

    /// One needle found in one file.
    struct Hit: CustomStringConvertible {
        var path: String
        var needle: Needle
        var description: String { "\(path): \(needle.what) \(needle.text)" }
    }

    private var next: [Int32] = []  // state × 256 → state
    private var outputs: [[Int]] = []  // needles ending at each state
    private var lengths: [Int] = []
    let needles: [Needle]

    /// An automaton for `needles` (case-sensitive, byte-exact).
    init(_ needles: [Needle]) {
        self.needles = needles
        lengths = needles.map(\.text.utf8.count)
        var trie: [[UInt8: Int]] = [[:]]
        var out: [[Int]] = [[]]
        for (i, needle) in needles.enumerated() {
            var s = 0
            for b in needle.text.utf8 {
                if let t = trie[s][b] {
                    s = t
                } else {
                    trie.append([:])
                    out.append([])
                    trie[s][b] = trie.count - 1
                    s = trie.count - 1
                }
            }
            out[s].append(i)
        }
        var table = [Int32](repeating: 0, count: trie.count * 256)
        var fail = [Int](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for b in 0..<256 {
            if let t = trie[0][UInt8(b)] {
                table[b] = Int32(t)
                queue.append(t)
            }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]
            head += 1
            out[s] += out[fail[s]]
            for b in 0..<256 {
                if let t = trie[s][UInt8(b)] {
                    fail[t] = Int(table[fail[s] * 256 + b])
                    table[s * 256 + b] = Int32(t)
                    queue.append(t)
                } else {
                    table[s * 256 + b] = table[fail[s] * 256 + b]
                }
            }
        }
        next = table
        outputs = out
    }

    /// Indexes of the needles found in `bytes`.
    func scan(_ bytes: [UInt8]) -> Set<Int> {
        var found: Set<Int> = []
        var s = 0
        bytes.withUnsafeBufferPointer { buffer in
            next.withUnsafeBufferPointer { table in
                for (p, b) in buffer.enumerated() {
                    s = Int(table[s &* 256 &+ Int(b)])
                    if !outputs[s].isEmpty {
                        for i in outputs[s] where !found.contains(i) && bounded(i, end: p, buffer) { found.insert(i) }
                    }
                }
            }
        }
        return found
    }

    /// Whether the match of needle `i` ending at `end` stands apart as its boundary asks.
    private func bounded(_ i: Int, end: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = end - lengths[i] + 1
        let before: UInt8? = start > 0 ? buffer[start - 1] : nil
        let after: UInt8? = end + 1 < buffer.count ? buffer[end + 1] : nil
        func digit(_ c: UInt8?) -> Bool { c.map { (48...57).contains($0) } ?? false }
        func letter(_ c: UInt8?) -> Bool { c.map { (65...90).contains($0) || (97...122).contains($0) } ?? false }
        switch needles[i].boundary {
        case .none: return true
        case .word: return !digit(before) && !letter(before) && !digit(after) && !letter(after)
        case .number: return !digit(before) && before != UInt8(ascii: ".") && before != UInt8(ascii: ",") && !digit(after)
        }
    }

    /// Every needle in every file of a site (path → bytes), after decoding.
    func hits(in files: [String: Data]) -> [Hit] {
        var hits: [Hit] = []
        for path in files.keys.sorted() {
            let bytes = Self.decoded(path.hasSuffix(".xlsx") ? Self.unzipped(files[path]!) : files[path]!)
            for i in scan(bytes).sorted() { hits.append(Hit(path: path, needle: needles[i])) }
        }
        return hits
    }

    /// The parts of a zip file (an `.xlsx` workbook), one after another; a file that is not a
    /// readable zip is returned as it is (and scanned raw).
    static func unzipped(_ data: Data) -> Data {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return data }
        var out = Data()
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            var part = Data()
            guard (try? archive.extract(entry, consumer: { part.append($0) })) != nil else { return data }
            out.append(part)
            out.append(0x0A)
        }
        return out
    }

    /// The file with its encodings undone: each base64 payload is replaced by its decoded
    /// bytes (so random base64 text cannot match by chance), then the percent-decoded `data:`
    /// URLs and the text with JSON and HTML escapes undone are appended, so both are scanned.
    static func decoded(_ data: Data) -> [UInt8] {
        let text = String(decoding: data, as: UTF8.self)
        var body = ""
        var cursor = text.startIndex
        while let marker = text.range(of: "base64,", range: cursor..<text.endIndex) {
            body += text[cursor..<marker.upperBound]
            var end = marker.upperBound
            while end < text.endIndex, let a = text[end].asciiValue, a.isBase64 { end = text.index(after: end) }
            let payload = String(text[marker.upperBound..<end])
            body += Data(base64Encoded: payload).map { String(decoding: $0, as: UTF8.self) } ?? payload
            cursor = end
        }
        body += text[cursor...]
        var extra = ""
        for part in body.components(separatedBy: "data:").dropFirst() {
            let url = part.prefix { $0 != "\"" && $0 != "'" && $0 != ")" && $0 != " " }
            if url.contains("%"), let plain = String(url).removingPercentEncoding { extra += "\n" + plain }
        }
        if body.contains("\\u") || body.contains("&#") { extra += "\n" + unescaped(body) }
        return Array((body + extra).utf8)
    }

    /// `\uXXXX` (with surrogate pairs) and `&#NNN;` / `&#xHH;` turned back into characters.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        var pendingHigh: UInt32? = nil
        while let c = scalars.first {
            if c == "\\", scalars.count >= 6, scalars.dropFirst().first == "u",
                let v = UInt32(String(String.UnicodeScalarView(scalars.dropFirst(2).prefix(4))), radix: 16)
            {
                scalars = scalars.dropFirst(6)
                if (0xD800..<0xDC00).contains(v) { pendingHigh = v; continue }
                if let high = pendingHigh, (0xDC00..<0xE000).contains(v) {
                    pendingHigh = nil
                    if let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)) { out.unicodeScalars.append(s) }
                    continue
                }
                if let s = Unicode.Scalar(v) { out.unicodeScalars.append(s) }
                continue
            }
            if c == "&", scalars.dropFirst().first == "#", let semicolon = scalars.prefix(12).firstIndex(of: ";") {
                let body = String(String.UnicodeScalarView(scalars[scalars.index(scalars.startIndex, offsetBy: 2)..<semicolon]))
                let value = body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
                if let value, let s = Unicode.Scalar(value) {
                    out.unicodeScalars.append(s)
                    scalars = scalars[scalars.index(after: semicolon)...]
                    continue
                }
            }
            out.unicodeScalars.append(c)
            scalars = scalars.dropFirst()
        }
        return out
    }
}

extension UInt8 {
    /// A character of the base64 alphabet (or padding).
    fileprivate var isBase64: Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: "+") || self == UInt8(ascii: "/")
            || self == UInt8(ascii: "=")
    }
}
