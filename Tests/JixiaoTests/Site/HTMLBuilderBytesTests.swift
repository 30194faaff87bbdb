import Testing
@testable import JixiaoMarkdown
@testable import JixiaoSite

/// The HTML builder writes bytes: the same markup, escaped as ``HTMLEscape`` escapes.
@Suite("HTML builder")
struct HTMLBuilderBytesTests {
    @Test("text and attribute values escaped as HTMLEscape escapes them, CJK and emoji kept")
    func escaping() {
        let texts = ["", "plain", #"<a href="x">Tom & Jerry's</a>"#, "王芳 <b>", "é\u{301} & 👩‍💻 > 1", "'\"&<>"]
        for text in texts {
            var b = HTMLBuilder()
            b.text(text)
            #expect(b.html == HTMLEscape.escape(text))
        }
    }

    @Test("an element with attributes, a bare attribute, an empty element and raw markup")
    func markup() {
        var b = HTMLBuilder(capacity: 8)
        b.start("td")
        b.attribute("class", "num \"x\"")
        b.attribute("data-sortable")
        b.end()
        b.text("3 < 4")
        b.close("td")
        b.start("path")
        b.attribute("d", "M0 1")
        b.endEmpty()
        b.raw("<br>")
        b.element("span", class: "muted", text: "共 2 人")
        #expect(
            b.html == #"<td class="num &quot;x&quot;" data-sortable>3 &lt; 4</td><path d="M0 1"/><br><span class="muted">共 2 人</span>"#)
    }
}
