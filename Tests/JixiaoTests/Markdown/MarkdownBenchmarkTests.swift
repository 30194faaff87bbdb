import CMark
import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoMarkdown
@testable import JixiaoRules
@testable import JixiaoSite
@testable import JixiaoSynthetic

/// Times `MarkdownSite.render` over many pages. Runs only with `JIXIAO_BENCH=1`
/// (see `scripts/bench-markdown.sh`); reads the pages from `JIXIAO_BENCH_DIR` or makes
/// 1,000 of its own.
@Suite("Markdown: benchmark", .serialized)
struct MarkdownBenchmarkTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["JIXIAO_BENCH"] == "1" }

    static func loadPages() throws -> [MarkdownPage] {
        let environment = ProcessInfo.processInfo.environment
        if let dir = environment["JIXIAO_BENCH_DIR"], !dir.isEmpty {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".md") }.sorted()
            return try names.map { name in
                let source = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
                return MarkdownPage(file: name, source: source, url: "/policies/\(name.dropLast(3))/")
            }
        }
        return (0..<1000).map { i in
            let next = String(format: "policy-%04d.md", (i + 1) % 1000)
            let body = String(repeating: "员工考核绩效部门主管月度评分，**奖金**，详见[相关制度](\(next)#二-考核项目)。\n\n", count: 3)
            let source = "# 第\(i)号制度\n\n## 一、总则\n\n\(body)## 二、考核项目\n\n- 出勤\n- 质量\n\n```table 扣分标准\n项目,扣分\n迟到,2\n\"早退, 旷工\",5\n```\n"
            return MarkdownPage(file: String(format: "policy-%04d.md", i), source: source, url: "/p/\(i)/")
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test(.enabled(if: enabled)) func renderThousandPages() throws {
        let pages = try Self.loadPages()
        #expect(!pages.isEmpty)
        let clock = ContinuousClock()
        var ours: [Double] = []
        var reference: [Double] = []
        var errors = 0
        for _ in 0..<5 {
            var results: [RenderedMarkdown] = []
            ours.append(
                Self.seconds(
                    clock.measure {
                        results = MarkdownSite.render(pages, directives: { _, _ in .success("") })
                    }))
            errors = results.reduce(0) { $0 + $1.diagnostics.count }
            var bytes = 0
            reference.append(
                Self.seconds(
                    clock.measure {
                        for page in pages {
                            let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
                            guard let html = page.source.withCString({ cmark_markdown_to_html($0, page.source.utf8.count, options) }) else {
                                continue
                            }
                            bytes += strlen(html)
                            free(html)
                        }
                    }))
            #expect(bytes > 0)
        }
        var parallel: [Double] = []
        for _ in 0..<5 {
            var results: [RenderedMarkdown] = []
            parallel.append(
                Self.seconds(
                    clock.measure {
                        results = MarkdownSite.renderConcurrently(pages, directives: { _, _ in .success("") })
                    }))
            #expect(results.count == pages.count)
        }
        let best = ours.min() ?? 0
        let median = ours.sorted()[ours.count / 2]
        let libBest = reference.min() ?? 0
        print(
            String(
                format: "jixiao MarkdownSite.render, %d pages: best %.3f s, median %.3f s (diagnostics: %d)", pages.count, best, median,
                errors))
        print(
            String(
                format: "jixiao in-process libcmark cmark_markdown_to_html baseline: best %.3f s; ratio %.2f", libBest,
                best / max(libBest, 1e-9)))
        let parallelBest = parallel.min() ?? 0
        print(
            String(
                format: "jixiao MarkdownSite.renderConcurrently (all cores): best %.3f s, median %.3f s", parallelBest,
                parallel.sorted()[parallel.count / 2]))
        if let cli = ProcessInfo.processInfo.environment["JIXIAO_BENCH_CMARK_SECONDS"].flatMap(Double.init) {
            print(
                String(
                    format: "ratio to cmark CLI (one process, %.3f s): sequential %.2f, concurrent %.2f", cli, best / cli,
                    parallelBest / cli))
        }
        #expect(errors == 0)
    }

    @Test(.enabled(if: enabled)) func phases() throws {
        let pages = try Self.loadPages()
        let clock = ContinuousClock()
        var best = (parse: 1e9, render: 1e9, release: 1e9, raw: 1e9)
        for _ in 0..<5 {
            var documents: [MarkdownDocument] = []
            let parse = clock.measure { documents = pages.map { MarkdownDocument.parse(source: $0.source, file: $0.file) } }
            var results: [RenderedMarkdown] = []
            let render = clock.measure {
                let targets = MarkdownSite.linkTargets(pages: pages, documents: documents)
                results = documents.map { document in document.render(linkTargets: { targets[$0] }, directives: { _ in .success("") }) }
            }
            let release = clock.measure {
                documents = []; results = []
            }
            let raw = clock.measure {
                for page in pages {
                    let node = page.source.withCString { cmark_parse_document($0, page.source.utf8.count, CMARK_OPT_SMART) }
                    cmark_node_free(node)
                }
            }
            best = (
                min(best.parse, Self.seconds(parse)), min(best.render, Self.seconds(render)),
                min(best.release, Self.seconds(release)), min(best.raw, Self.seconds(raw))
            )
            #expect(documents.isEmpty && results.isEmpty)
        }
        print(
            String(
                format: "jixiao phases (best of 5): parse %.3f s, render %.3f s, free %.3f s; bare cmark parse+free %.3f s",
                best.parse, best.render, best.release, best.raw))
    }
}
