import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Hostile input must never produce script, event handlers, dangerous URLs or unescaped
/// markup in the output.
@Suite("Markdown: hostile input")
struct MarkdownHostileTests {
    /// Tags that cmark and Jixiao produce; any other `<` in the output would be input leaking.
    static let allowedTags: Set<String> = [
        "p", "a", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "hr", "br", "img", "table", "caption", "thead", "tbody", "tr", "th", "td", "div",
    ]

    static func fixtureFiles() throws -> [String] {
        let folder = MarkdownTestSupport.fixtures.appendingPathComponent("hostile")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    static func readFixture(_ name: String) throws -> String {
        let url = MarkdownTestSupport.fixtures.appendingPathComponent("hostile").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Renders hostile Markdown with a directive handler that puts the (escaped) arguments
    /// into an attribute and the text, as a real caller would.
    static func render(_ source: String, file: String = "policies/hostile.md") -> RenderedMarkdown {
        let leave = MarkdownDocument.parse(source: "## 病假\n", file: "policies/leave.md")
        let document = MarkdownDocument.parse(source: source, file: file, firstLine: 3)
        return document.render(
            linkTargets: { $0 == "policies/leave.md" ? MarkdownLinkTarget(url: "/policies/leave/", document: leave) : nil },
            directives: { directive in
                let args = HTMLEscape.escape(directive.arguments)
                return .success(
                    "<div class=\"directive\" data-args=\"\(args)\">\(HTMLEscape.escape(directive.name)) \(args) \(HTMLEscape.escape(directive.body))</div>"
                )
            })
    }

    /// Decodes the HTML character references a browser would decode in an attribute.
    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semi = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semi) < 12 else {
                out += "&"; rest = rest.dropFirst(); continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semi]
            var decoded: String?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "colon": decoded = ":"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
                    decoded = String(s)
                } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) {
                    decoded = String(s)
                }
            }
            if let decoded { out += decoded; rest = rest[rest.index(after: semi)...] } else { out += "&"; rest = rest.dropFirst() }
        }
        return out + rest
    }

    /// Every check in one place, so each input is held to all of them.
    static func assertSafe(_ html: String, _ name: String) {
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "\(name): <script in output")
        #expect(!lower.contains("<svg"), "\(name): <svg in output")
        #expect(!lower.contains("<iframe"), "\(name): <iframe in output")
        #expect(!lower.contains("<style"), "\(name): <style in output")
        for scheme in ["javascript:", "vbscript:", "data:text/html", "file:"] {
            #expect(!lower.contains("href=\"\(scheme)"), "\(name): href with \(scheme)")
            #expect(!lower.contains("src=\"\(scheme)"), "\(name): src with \(scheme)")
        }

        // Every tag is one we make, with no event handler attribute.
        let tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*|!--)([^<>]*)>/
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            let tail = rest[lt...]
            if tail.hasPrefix("<!-- raw HTML omitted -->") {
                rest = tail.dropFirst("<!-- raw HTML omitted -->".count)
                continue
            }
            guard let match = tail.prefixMatch(of: tagPattern) else {
                Issue.record("\(name): unescaped < in output near \(String(tail.prefix(40)).debugDescription)")
                rest = tail.dropFirst()
                continue
            }
            let tagName = String(match.output.2).lowercased()
            #expect(allowedTags.contains(tagName), "\(name): unexpected tag <\(tagName)>")
            let attributes = String(match.output.3)
            // Attribute values are quoted with " and free of raw quotes, so none can break out.
            for attribute in attributes.matches(of: /\s([a-z-]+)="([^"]*)"/) {
                let attributeName = attribute.output.1.lowercased()
                #expect(!attributeName.hasPrefix("on"), "\(name): event handler in <\(tagName)\(attributes)>")
                #expect(attributeName != "style", "\(name): style attribute")
                let value = decodeEntities(String(attribute.output.2)).lowercased()
                    .filter { !$0.isWhitespace && $0.asciiValue.map { $0 >= 0x20 } ?? true }
                if attribute.output.1 == "href" || attribute.output.1 == "src" {
                    for scheme in ["javascript:", "vbscript:", "data:text/html", "file:"] {
                        #expect(!value.hasPrefix(scheme), "\(name): \(attribute.output.1)=\(attribute.output.2)")
                    }
                }
            }
            let stripped = attributes.replacing(/\s[a-z-]+="[^"]*"/, with: "").trimmingCharacters(in: .whitespaces)
            #expect(stripped.isEmpty || stripped == "/", "\(name): stray attribute text \(stripped.debugDescription) in <\(tagName)>")
            rest = tail[match.range.upperBound...]
        }
    }

    @Test func fixturesExist() throws {
        #expect(try Self.fixtureFiles().count >= 5)
    }

    @Test(arguments: try fixtureFiles())
    func hostileFixtureIsSafe(_ name: String) throws {
        let source = try Self.readFixture(name)
        #expect(!source.isEmpty)
        let result = Self.render(source, file: "policies/\(name)")
        Self.assertSafe(result.html, name)
        Self.assertSafe(result.tocHTML, name + " (toc)")
        for heading in result.headings {
            #expect(!heading.id.contains("<") && !heading.id.contains("\"") && !heading.id.contains("'"))
        }
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "## <script>alert(1)</script> \"标题\"",
        "## \\<script>alert(\"x\")\\</script>",
        "```table\na,b\n<script>alert(1)</script>,\"<img src=x onerror=alert(1)>\"\n```",
        "```jixiao scorecard \"x\\\" onload=\\\"alert(1)\" '<script>'\n```",
        "* <b onclick=alert(1)>x</b>\n> <details open ontoggle=alert(1)>",
    ])
    func hostileSnippetIsSafe(_ source: String) {
        let result = Self.render(source)
        Self.assertSafe(result.html, source)
        Self.assertSafe(result.tocHTML, source + " (toc)")
    }

    @Test func escapedHeadingAppearsEscapedInIDAnchorAndTOC() {
        let result = Self.render(#"## \<script>alert("x")\</script> 规则"# + "\n")
        #expect(result.headings[0].id == "script-alert-x-script-规则")
        #expect(result.html.contains(#"aria-label="本节链接：&lt;script&gt;alert(“x”)&lt;/script&gt; 规则""#))
        #expect(result.tocHTML.contains(#">&lt;script&gt;alert(“x”)&lt;/script&gt; 规则</a>"#))
    }

    @Test func dangerousLinksLoseTheirHref() {
        let result = Self.render(
            "[a](javascript:alert(1)) [b](&#106;avascript:alert(1)) [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=)\n")
        #expect(result.html == "<p><a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">c</a> <a href=\"\">d</a></p>\n")
    }

    @Test func directiveArgumentsWithQuotesStayInsideTheAttribute() {
        let result = Self.render("```jixiao scorecard a\" onload=\"alert(1)\n```\n")
        #expect(
            result.html
                == "<div class=\"directive\" data-args=\"a&quot; onload=&quot;alert(1)\">scorecard a&quot; onload=&quot;alert(1) </div>\n")
    }
}
