import Foundation
import Mustache
import JixiaoCore

/// Checks made when templates are loaded, before swift-mustache parses or renders them:
/// sections that are never closed or closed by the wrong name, sections nested deeper than
/// ``TemplateSet/maxNesting`` (also through partials), and templates that include themselves
/// directly or through other partials — each would otherwise crash or hang swift-mustache.
/// Syntax errors swift-mustache finds are put in our own words, at file:line:column.
extension TemplateSet {
    /// The deepest nesting of sections (counted through partials) a page may have.
    static let maxNesting = 100

    /// Checks every template; throws every problem found (with `earlier`'s) when there is one.
    static func validate(sources: [String: String], files: [String: String], _ earlier: Diagnostics) throws(DiagnosticError) {
        var diagnostics = Diagnostics()
        var inclusions: [String: [TemplateInclusion]] = [:]
        var localDepth: [String: Int] = [:]
        for name in sources.keys.sorted() {
            let file = files[name] ?? name
            guard let text = sources[name] else { continue }
            switch TemplateTag.scan(text, file: file) {
            case .unclosed(let location):
                diagnostics.error(location, "template syntax error: this {{ has no closing }}", fix: "close the tag with }}")
            case .customDelimiters:
                if let problem = parseProblem(text, file: file) { diagnostics.report(problem) }
            case .tags(let tags):
                guard let structure = checkSections(tags, &diagnostics) else { continue }
                inclusions[name] = structure.inclusions
                localDepth[name] = structure.depth
                if let problem = parseProblem(text, file: file) { diagnostics.report(problem) }
            }
        }
        checkInclusions(inclusions, localDepth: localDepth, &diagnostics)
        guard diagnostics.hasErrors else { return }
        throw DiagnosticError(earlier.all + diagnostics.sorted)
    }

    /// Matches sections and closing tags; returns the partials included and the deepest
    /// nesting, or `nil` (with an error) when the sections do not match or nest too deep.
    static func checkSections(_ tags: [TemplateTag], _ diagnostics: inout Diagnostics) -> (inclusions: [TemplateInclusion], depth: Int)? {
        var open: [TemplateTag] = []
        var inclusions: [TemplateInclusion] = []
        var deepest = 0
        for tag in tags {
            guard let sigil = tag.sigil else { continue }
            if sigil == ">" || sigil == "<", !tag.name.hasPrefix("*") {
                inclusions.append(TemplateInclusion(partial: tag.name, location: tag.location, depth: open.count))
            }
            if TemplateTag.opening.contains(sigil) {
                open.append(tag)
                deepest = max(deepest, open.count)
                if open.count > maxNesting {
                    diagnostics.error(
                        tag.location,
                        "sections are nested more than \(maxNesting) deep here (the outermost, {{\(open[0].sigil.map(String.init) ?? "")\(open[0].name)}}, opens at line \(open[0].location.line ?? 1))",
                        fix: "nest fewer sections; a page needs far fewer than \(maxNesting)")
                    return nil
                }
            } else if sigil == "/" {
                guard let last = open.last else {
                    diagnostics.error(
                        tag.location, "template syntax error: {{/\(tag.name)}} closes a section that was never opened",
                        fix: "remove it or add {{#\(tag.name)}} before it")
                    return nil
                }
                guard squeezed(last.name) == squeezed(tag.name) else {
                    diagnostics.error(
                        tag.location,
                        "template syntax error: {{/\(tag.name)}} closes {{\(last.sigil.map(String.init) ?? "")\(last.name)}} from line \(last.location.line ?? 1), column \(last.location.column ?? 1)",
                        fix: "close {{\(last.name)}} first with {{/\(last.name)}}, or correct the name")
                    return nil
                }
                open.removeLast()
            }
        }
        if let last = open.last {
            diagnostics.error(
                last.location, "template syntax error: {{\(last.sigil.map(String.init) ?? "")\(last.name)}} is never closed",
                fix: "add {{/\(last.name)}} where the section ends")
            return nil
        }
        return (inclusions, deepest)
    }

    /// The name without spaces (swift-mustache ignores spaces inside tags).
    private static func squeezed(_ name: String) -> String { name.filter { !$0.isWhitespace } }

    /// What swift-mustache finds wrong with a template whose sections match, in our words.
    static func parseProblem(_ text: String, file: String) -> Diagnostic? {
        _ = EscapingContentType.registered
        do {
            _ = try MustacheTemplate(string: EscapingContentType.pragma + text)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            // The pragma put in front of the template takes one line.
            let location = SourceLocation(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
            return .error(location, "template syntax error: \(describe(error.error))", fix: "see docs/site.md for the template syntax")
        } catch {
            return .error(SourceLocation(file: file, line: 1), "template syntax error", fix: "see docs/site.md for the template syntax")
        }
    }

    /// swift-mustache's parser errors in plain words.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "the template cannot be read" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the open section"
        case .unfinishedName: return "a tag is not finished (a name must be followed by }})"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "the delimiter tag {{=… …=}} is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to {{<…}} or {{$…}}"
        case .illegalTokenInsideInheritSection: return "only {{$block}} sections may appear inside {{<parent}}…{{/parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}}…{{/parent}} must be in a {{$block}} section"
        case .invalidConfigVariableSyntax: return "the {{% … }} setting is malformed"
        case .unrecognisedConfigVariable: return "the {{% … }} setting is unknown"
        @unknown default: return "the template cannot be read"
        }
    }
}
