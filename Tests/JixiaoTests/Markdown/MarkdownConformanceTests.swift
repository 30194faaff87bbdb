import CMark
import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// With none of Jixiao's features triggered and heading anchors off, the renderer gives
/// exactly what `cmark_markdown_to_html` gives with the same options, for every example
/// of the CommonMark 0.30 spec.
@Suite("Markdown: CommonMark conformance")
struct MarkdownConformanceTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var markdown: String
        var html: String
        var example: Int
        var section: String
        var testDescription: String { "example \(example) (\(section))" }
    }

    static func examples() throws -> [Example] {
        let url = MarkdownTestSupport.fixtures.appendingPathComponent("commonmark/spec-0.30.json")
        return try JSONDecoder().decode([Example].self, from: Data(contentsOf: url))
    }

    /// Examples that would trigger a Jixiao feature: table and directive blocks, `.md` links.
    static func triggersFeature(_ markdown: String) -> Bool {
        let lower = markdown.lowercased()
        return lower.contains("table") || lower.contains("jixiao") || lower.contains(".md")
    }

    static func reference(_ markdown: String) -> String {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        guard let pointer = markdown.withCString({ cmark_markdown_to_html($0, markdown.utf8.count, options) }) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    @Test func specFixtureIsComplete() throws {
        let all = try Self.examples()
        #expect(all.count == 652)
        #expect(all.filter { !Self.triggersFeature($0.markdown) }.count > 600)
    }

    @Test(arguments: try examples().filter { !triggersFeature($0.markdown) })
    func matchesCmark(_ example: Example) {
        let ours = MarkdownDocument.parse(source: example.markdown, file: "spec.md", options: MarkdownOptions(headingAnchors: false))
            .render()
        #expect(ours.html == Self.reference(example.markdown))
    }
}
