import CMark
import JixiaoCore

/// A policy body parsed by libcmark, ready to render once every page's headings are known.
///
/// Use it in two passes: `parse` every page (headings, links, tables, directives), build
/// the link targets from all pages, then `render` each page.
public struct MarkdownDocument: Sendable {
    /// The file, as given to `parse`, used in diagnostics and to resolve relative links.
    public let file: String
    /// The file line where the Markdown body starts (after the YAML front matter).
    public let firstLine: Int
    /// The options used.
    public let options: MarkdownOptions
    /// Every heading, in document order, with its unique id.
    public let headings: [MarkdownHeading]
    /// The links to policy files and same-page headings, checked at render time.
    public let links: [MarkdownLink]
    /// The ```` ```table ```` blocks.
    public let tables: [MarkdownTable]
    /// The ```` ```jixiao NAME ARGS ```` blocks.
    public let directives: [MarkdownDirective]
    /// Problems found while parsing (table rows, pipe tables), in document order.
    public let diagnostics: [Diagnostic]
    /// The ids of all headings.
    public let headingIDs: Set<String>

    let tree: CMarkTree

    /// The cmark options for parsing and rendering: smart punctuation and UTF-8
    /// validation; safe mode is cmark's default and `CMARK_OPT_UNSAFE` is never set.
    static let cmarkOptions: Int32 = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    private init(
        file: String, firstLine: Int, options: MarkdownOptions, headings: [MarkdownHeading], links: [MarkdownLink],
        tables: [MarkdownTable], directives: [MarkdownDirective], diagnostics: [Diagnostic], headingIDs: Set<String>, tree: CMarkTree
    ) {
        self.file = file
        self.firstLine = firstLine
        self.options = options
        self.headings = headings
        self.links = links
        self.tables = tables
        self.directives = directives
        self.diagnostics = diagnostics
        self.headingIDs = headingIDs
        self.tree = tree
    }

    /// Parses a Markdown body.
    ///
    /// - Parameters:
    ///   - source: the Markdown text (the part of the file after the front matter).
    ///   - file: the file path relative to the content root, e.g. `policies/leave.md`.
    ///   - firstLine: the line of the file where `source` starts, so reported lines are real
    ///     file lines.
    ///   - options: rendering choices.
    public static func parse(source: String, file: String, firstLine: Int = 1, options: MarkdownOptions = MarkdownOptions())
        -> MarkdownDocument
    {
        let length = source.utf8.count
        let parsed: OpaquePointer? = source.withCString { cmark_parse_document($0, length, cmarkOptions) }
        let root = parsed ?? cmark_node_new(CMARK_NODE_DOCUMENT)!
        var builder = Builder(file: file, firstLine: firstLine, options: options, source: source)
        builder.process(root)
        let tree = CMarkTree(CMarkTree.State(root: root, links: builder.linkNodes, directives: builder.directiveNodes))
        return MarkdownDocument(
            file: file, firstLine: firstLine, options: options, headings: builder.headings, links: builder.links,
            tables: builder.tables, directives: builder.directives, diagnostics: builder.diagnostics, headingIDs: builder.ids.all,
            tree: tree)
    }

    /// The file line of a cmark line.
    static func fileLine(_ cmarkLine: Int32, firstLine: Int) -> Int { firstLine + Int(cmarkLine) - 1 }
}

extension MarkdownDocument {
    /// Walks a fresh cmark tree once: records headings, links, tables and directives, and
    /// swaps headings, tables and directives for custom nodes.
    struct Builder {
        let file: String
        let firstLine: Int
        let options: MarkdownOptions
        let source: String
        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        var linkNodes: [OpaquePointer] = []
        var tables: [MarkdownTable] = []
        var directives: [MarkdownDirective] = []
        var directiveNodes: [OpaquePointer] = []
        var diagnostics: [Diagnostic] = []
        var ids = HeadingIDs()
        private var lines: SourceLines?

        init(file: String, firstLine: Int, options: MarkdownOptions, source: String) {
            self.file = file
            self.firstLine = firstLine
            self.options = options
            self.source = source
        }

        mutating func sourceLines() -> SourceLines {
            if let lines { return lines }
            let made = SourceLines(source)
            lines = made
            return made
        }

        mutating func process(_ root: OpaquePointer) {
            var headingNodes: [OpaquePointer] = []
            var codeNodes: [OpaquePointer] = []
            var paragraphNodes: [OpaquePointer] = []
            var linkCandidates: [OpaquePointer] = []
            let mayHavePipes = MarkdownDocument.containsByte(source, 0x7C)

            guard let iterator = cmark_iter_new(root) else { return }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING: headingNodes.append(node)
                case CMARK_NODE_CODE_BLOCK: codeNodes.append(node)
                case CMARK_NODE_LINK: linkCandidates.append(node)
                case CMARK_NODE_PARAGRAPH where mayHavePipes: paragraphNodes.append(node)
                default: break
                }
            }
            cmark_iter_free(iterator)

            for node in headingNodes { heading(node) }
            for node in codeNodes { codeBlock(node) }
            for node in linkCandidates { link(node) }
            for node in paragraphNodes { pipeTableCheck(node) }
        }

        // MARK: Headings

        mutating func heading(_ node: OpaquePointer) {
            let level = Int(cmark_node_get_heading_level(node))
            let text = MarkdownDocument.plainText(of: node)
            let id = ids.makeID(for: text)
            let line = MarkdownDocument.fileLine(cmark_node_get_start_line(node), firstLine: firstLine)
            headings.append(MarkdownHeading(level: level, text: text, id: id, line: line))
            guard options.headingAnchors,
                let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
                let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            else { return }
            let escapedID = HTMLEscape.escape(id)
            let label = HTMLEscape.escape(options.anchorLabelPrefix + text)
            cmark_node_set_on_enter(inline, "<h\(level) id=\"\(escapedID)\">")
            cmark_node_set_on_exit(inline, " <a class=\"anchor\" href=\"#\(escapedID)\" aria-label=\"\(label)\">#</a></h\(level)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(inline, child)
            }
            cmark_node_append_child(block, inline)
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }

        // MARK: Tables and directives

        mutating func codeBlock(_ node: OpaquePointer) {
            guard let infoPointer = cmark_node_get_fence_info(node), infoPointer.pointee != 0 else { return }
            let info = String(cString: infoPointer)
            let (word, rest) = MarkdownDocument.firstWord(info)
            guard word == "table" || word == "jixiao" else { return }
            let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let line = MarkdownDocument.fileLine(cmark_node_get_start_line(node), firstLine: firstLine)
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
            if word == "table" {
                let (table, problems) = MarkdownTable.parse(body: body, caption: rest.isEmpty ? nil : rest, fenceLine: line, file: file)
                tables.append(table)
                diagnostics.append(contentsOf: problems)
                cmark_node_set_on_enter(block, table.html)
            } else {
                let (name, arguments) = MarkdownDocument.firstWord(rest)
                let location = SourceLocation(file: file, line: line)
                if name.isEmpty {
                    diagnostics.append(
                        .error(
                            location, "directive block has no name",
                            fix: "write the directive name after jixiao, e.g. ```jixiao scorecard"))
                    cmark_node_free(block)
                    return
                }
                directives.append(MarkdownDirective(name: name, arguments: arguments, body: body, location: location))
                directiveNodes.append(block)
            }
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }

        // MARK: Links

        mutating func link(_ node: OpaquePointer) {
            guard let urlPointer = cmark_node_get_url(node) else { return }
            let url = String(cString: urlPointer)
            guard let (path, fragment) = MarkdownDocument.policyLinkParts(url) else { return }
            let lines = sourceLines()
            let cmarkLine = Int(cmark_node_get_start_line(node))
            let column = lines.characterColumn(line: cmarkLine, byteColumn: Int(cmark_node_get_start_column(node)))
            let location = SourceLocation(file: file, line: firstLine + cmarkLine - 1, column: column)
            let target = path.map { MarkdownDocument.joinPath(base: file, relative: $0) }
            links.append(MarkdownLink(destination: url, file: target, fragment: fragment, location: location))
            linkNodes.append(node)
        }

        // MARK: Pipe tables

        mutating func pipeTableCheck(_ node: OpaquePointer) {
            let start = Int(cmark_node_get_start_line(node))
            let end = Int(cmark_node_get_end_line(node))
            guard end > start else { return }
            let lines = sourceLines()
            var previous = lines.line(start)
            for number in (start + 1)...end {
                let current = lines.line(number)
                if previous.contains("|") && MarkdownDocument.isDelimiterRow(current) {
                    diagnostics.append(
                        .warning(
                            SourceLocation(file: file, line: firstLine + number - 2),
                            "this looks like a pipe table, which is not rendered as a table",
                            fix: "write a ```table block with CSV rows instead (header row first, e.g. 项目,分值)"))
                    return
                }
                previous = current
            }
        }
    }

    /// The plain text of a node's inline content: text and code, line breaks as spaces,
    /// raw HTML left out.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        return text
    }

    /// Whether the UTF-8 of `text` contains `byte` (fast path over contiguous storage).
    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer in
            buffer.withMemoryRebound(to: UInt8.self) { $0.firstIndex(of: byte) != nil }
        }) {
            return found
        }
        return text.utf8.contains(byte)
    }

    /// Splits off the first space-separated word; the rest is trimmed.
    static func firstWord(_ text: String) -> (String, String) {
        let trimmedText = text.drop { $0 == " " || $0 == "\t" }
        guard let space = trimmedText.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            return (String(trimmedText), "")
        }
        var rest = trimmedText[space...].drop { $0 == " " || $0 == "\t" }
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        return (String(trimmedText[..<space]), String(rest))
    }

    /// Whether a source line is a pipe-table delimiter row such as `|---|:--:|`.
    static func isDelimiterRow(_ line: String) -> Bool {
        let content = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        var dashes = false
        var pipes = false
        for character in content {
            switch character {
            case "-": dashes = true
            case "|": pipes = true
            case ":", " ", "\t": break
            default: return false
            }
        }
        return dashes && pipes
    }
}
