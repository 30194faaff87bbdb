import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSite

/// Issue 12 item 5: templates that would crash or hang swift-mustache (recursion, deep
/// nesting) and template syntax errors are found when templates are loaded, in our words,
/// at file:line:column.
@Suite("Template validation")
struct TemplateValidationTests {
    /// The diagnostics of loading `templates` (an empty list when they load).
    static func problems(_ templates: [String: String], override: [String: String]? = nil) -> [Diagnostic] {
        do {
            _ = try TemplateSet.load(
                base: MemoryFileSystem(templates), baseLabel: "site-templates/",
                override: override.map { MemoryFileSystem($0) }, overrideLabel: "content/templates/")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func nested(_ depth: Int, body: String = "x") -> String {
        (0..<depth).map { "{{#s\($0)}}" }.joined() + body + (0..<depth).reversed().map { "{{/s\($0)}}" }.joined()
    }

    @Test("a template that includes itself is an error showing the chain")
    func selfInclusion() {
        let problems = Self.problems(["header.mustache": "<h1>{{title}}</h1>\n  {{> header}}\n"])
        #expect(problems.map(\.location) == [SourceLocation(file: "site-templates/header.mustache", line: 2, column: 3)])
        #expect(problems.first?.message == "the template header includes itself: header (site-templates/header.mustache:2:3) → header")
    }

    @Test("templates that include each other are an error showing the chain with each file:line")
    func mutualInclusion() {
        let problems = Self.problems([
            "page.mustache": "{{> header}}\nbody\n",
            "header.mustache": "top\n\n{{> footer}}\n",
            "footer.mustache": "{{#links}}{{> header}}{{/links}}\n",
        ])
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: "site-templates/footer.mustache", line: 1, column: 11))
        #expect(
            problems.first?.message
                == "templates include each other in a circle: footer (site-templates/footer.mustache:1:11) → header (site-templates/header.mustache:3:1) → footer"
        )
    }

    @Test("a circle through an override is found with the override's file")
    func overrideInclusion() {
        let problems = Self.problems(
            ["header.mustache": "top\n", "footer.mustache": "{{> header}}\n"],
            override: ["header.mustache": "{{> footer}}\n"])
        #expect(
            problems.first?.message
                == "templates include each other in a circle: footer (site-templates/footer.mustache:1:1) → header (content/templates/header.mustache:1:1) → footer"
        )
    }

    @Test("sections nested beyond the limit are an error at the section that crosses it")
    func deepNesting() {
        let problems = Self.problems(["page.mustache": "\n" + Self.nested(101)])
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: "site-templates/page.mustache", line: 2, column: 1 + 10 * 7 + 90 * 8))
        #expect(problems.first?.message == "sections are nested more than 100 deep here (the outermost, {{#s0}}, opens at line 2)")
        #expect(Self.problems(["page.mustache": Self.nested(100)]).isEmpty)
    }

    @Test("5,000 nested sections are an error, not a crash")
    func veryDeepNesting() {
        let problems = Self.problems(["page.mustache": Self.nested(5000)])
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("sections are nested more than 100 deep") == true)
    }

    @Test("nesting through a partial counts towards the limit")
    func nestingThroughPartials() {
        let problems = Self.problems(["page.mustache": Self.nested(60, body: "{{> inner}}"), "inner.mustache": Self.nested(60)])
        #expect(problems.count == 1)
        #expect(problems.first?.location.file == "site-templates/page.mustache")
        #expect(
            problems.first?.message
                == "sections are nested 120 deep through the partial \"inner\" (60 open here, 60 inside it); the limit is 100")
    }

    @Test("a section that is never closed")
    func unclosedSection() {
        let problems = Self.problems(["page.mustache": "a\n  {{#people}}\n{{name}}\n"])
        #expect(problems.map(\.location) == [SourceLocation(file: "site-templates/page.mustache", line: 2, column: 3)])
        #expect(problems.first?.message == "template syntax error: {{#people}} is never closed")
    }

    @Test("a section closed by the wrong name")
    func wrongClose() {
        let problems = Self.problems(["page.mustache": "{{#people}}\n{{^empty}}x{{/people}}{{/empty}}\n"])
        #expect(problems.map(\.location) == [SourceLocation(file: "site-templates/page.mustache", line: 2, column: 12)])
        #expect(problems.first?.message == "template syntax error: {{/people}} closes {{^empty}} from line 2, column 1")
    }

    @Test("a closing tag with nothing open")
    func strayClose() {
        let problems = Self.problems(["page.mustache": "x {{/people}}"])
        #expect(problems.first?.location == SourceLocation(file: "site-templates/page.mustache", line: 1, column: 3))
        #expect(problems.first?.message == "template syntax error: {{/people}} closes a section that was never opened")
    }

    @Test("a tag without its closing braces")
    func unclosedTag() {
        let problems = Self.problems(["page.mustache": "ok {{name}}\n中文 {{title\n"])
        #expect(problems.first?.location == SourceLocation(file: "site-templates/page.mustache", line: 2, column: 4))
        #expect(problems.first?.message == "template syntax error: this {{ has no closing }}")
    }

    @Test("swift-mustache's own syntax errors are in our words with file:line:column")
    func parserErrorsInOurWords() {
        let problems = Self.problems(["page.mustache": "line one\n{{<parent}}{{name}}{{/parent}}\n", "parent.mustache": "p"])
        #expect(problems.count == 1)
        #expect(problems.first?.location.file == "site-templates/page.mustache")
        #expect(problems.first?.location.line == 2)
        #expect(problems.first?.location.column != nil)
        #expect(problems.first?.message == "template syntax error: only {{$block}} sections may appear inside {{<parent}}…{{/parent}}")
        let pragma = Self.problems(["page.mustache": "{{% NO_SUCH_SETTING: x }}\n"])
        #expect(pragma.first?.message == "template syntax error: the {{% … }} setting is unknown")
        #expect(pragma.first?.location.line == 1)
        let name = Self.problems(["page.mustache": "a\nb {{first name}}\n"])
        #expect(name.first?.message == "template syntax error: a tag is not finished (a name must be followed by }})")
        #expect(name.first?.location.line == 2)
        for problem in problems + pragma + name { #expect(!problem.description.contains("ParserError")) }
    }

    @Test("the project's own templates pass the checks")
    func siteTemplates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("site-templates").path
        let set = try TemplateSet.load(
            base: LocalFileSystem(root: root), baseLabel: "site-templates/", override: nil, overrideLabel: "content/templates/")
        #expect(set.sources.count >= 10)
    }
}
