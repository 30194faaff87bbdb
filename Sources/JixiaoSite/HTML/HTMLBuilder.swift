import JixiaoMarkdown

/// The one way the generator writes HTML and SVG outside the Mustache templates (data
/// tables, rule tables, charts, the sitemap). Text and attribute values always go through
/// ``HTMLEscape``, so nothing taken from content can change the markup; only ``raw(_:)``
/// takes markup as given, for fragments that were themselves made by a builder (or by
/// libcmark in safe mode).
///
/// Elements are written in three steps so a hot loop allocates nothing per element:
///
///     var b = HTMLBuilder()
///     b.start("td"); b.attribute("class", "num"); b.end()   // <td class="num">
///     b.text("3 < 4")                                         // 3 &lt; 4
///     b.close("td")                                           // </td>
struct HTMLBuilder {
    /// The markup written so far, as UTF-8 bytes: appending bytes costs less than appending to
    /// a `String` (which checks and updates its flags on every append), and a large table
    /// is hundreds of thousands of appends.
    private var bytes: [UInt8] = []

    /// The markup written so far.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    /// A line break element, for joining markup fragments within one cell.
    static let lineBreak = "<br>"

    /// An empty builder, with room for about `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Opens a start tag: `<name` (add attributes, then ``end()`` or ``endEmpty()``).
    mutating func start(_ name: String) {
        bytes.append(0x3C)
        bytes += name.utf8
    }

    /// Adds ` name="value"` to the open start tag, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        bytes += name.utf8
        bytes.append(0x3D)
        bytes.append(0x22)
        appendEscaped(value)
        bytes.append(0x22)
    }

    /// Adds a bare attribute (` data-sortable`) to the open start tag.
    mutating func attribute(_ name: String) {
        bytes.append(0x20)
        bytes += name.utf8
    }

    /// Ends the open start tag: `>`.
    mutating func end() { bytes.append(0x3E) }

    /// Ends the open start tag as an empty SVG/XML element: `/>`.
    mutating func endEmpty() {
        bytes.append(0x2F)
        bytes.append(0x3E)
    }

    /// A start tag without attributes: `<name>`.
    mutating func open(_ name: String) {
        start(name)
        end()
    }

    /// A start tag with one class: `<name class="…">`.
    mutating func open(_ name: String, class value: String) {
        start(name)
        attribute("class", value)
        end()
    }

    /// An end tag: `</name>`.
    mutating func close(_ name: String) {
        bytes.append(0x3C)
        bytes.append(0x2F)
        bytes += name.utf8
        bytes.append(0x3E)
    }

    /// Text, escaped.
    mutating func text(_ text: String) { appendEscaped(text) }

    /// Appends text escaped as ``HTMLEscape`` escapes it (`&`, `<`, `>`, `"`, `'`; they are
    /// ASCII, so never part of a longer UTF-8 sequence and escaped byte by byte); text with
    /// nothing to escape (the usual case, checked without a copy) is appended as it is.
    private mutating func appendEscaped(_ text: String) {
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            for byte in text.utf8 {
                switch byte {
                case 0x26: bytes += "&amp;".utf8
                case 0x3C: bytes += "&lt;".utf8
                case 0x3E: bytes += "&gt;".utf8
                case 0x22: bytes += "&quot;".utf8
                case 0x27: bytes += "&#39;".utf8
                default: bytes.append(byte)
                }
            }
            return
        }
        bytes += text.utf8
    }

    /// Markup taken as given: only for fragments made by a builder or by libcmark's safe mode,
    /// and for fixed markup and line breaks written by the generator itself.
    mutating func raw(_ markup: String) { bytes += markup.utf8 }

    /// A whole element holding escaped text: `<name>text</name>`.
    mutating func element(_ name: String, text: String) {
        open(name)
        self.text(text)
        close(name)
    }

    /// A whole element with one class holding escaped text: `<name class="…">text</name>`.
    mutating func element(_ name: String, class value: String, text: String) {
        open(name, class: value)
        self.text(text)
        close(name)
    }
}
