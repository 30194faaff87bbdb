import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// ``SiteBuilder/check(progress:)``: the whole build with nothing written, so `jixiao check`
/// finds what only `build` used to.
@Suite("Site check (a build that writes nothing)")
struct SiteCheckTests {
    static func builder(_ content: any FileSystem, output: any SiteOutput) -> SiteBuilder {
        let options = SiteOptions(contentFolder: "content", templatesFolder: SiteBuildTests.templates, output: "site")
        return SiteBuilder(options: options, content: content, templates: LocalFileSystem(root: SiteBuildTests.templates), output: output)
    }

    @Test(
        "the corpus cases that only build found are found by the site check",
        arguments: ["policy: link to a missing policy", "departments: two ids with the same page name"])
    func corpusCases(_ name: String) throws {
        let badInput = try #require(BadInputCorpus.all.first { $0.name == name })
        let output = MemoryOutput()
        let diagnostics = Self.builder(badInput.fileSystem(), output: output).check()
        // Department locations carry a line but no column yet, so the column is not compared.
        for expected in badInput.expected {
            let found = diagnostics.contains { d in
                d.severity == expected.severity && d.location.file == expected.file && d.location.line == expected.line
                    && d.message.contains(expected.message)
            }
            #expect(found, "expected \(expected)\ngot: \(diagnostics.map(\.description))")
        }
        #expect(output.totals.files == 0 && output.files.isEmpty)
    }

    @Test("the corpus company passes the site check, and its output is never touched")
    func baseBuilds() throws {
        let output = MemoryOutput()
        let diagnostics = Self.builder(BadInputCorpus.base(), output: output).check()
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.description))")
        #expect(output.totals.files == 0 && output.files.isEmpty)
    }

    @Test("a discarding output counts writes, refuses unsafe paths and keeps nothing")
    func discardingOutput() throws {
        let output = DiscardingOutput()
        try output.prepare()
        try output.write("a/index.html", "héllo")
        try output.write("b.bin", parts: [[1, 2], [3]])
        #expect(output.totals.files == 2 && output.totals.bytes == 9 && output.totals.paths == ["a/index.html", "b.bin"])
        #expect(throws: DiagnosticError.self) { try output.write("../x", Data()) }
        try output.commit()
        output.discard()
        #expect(output.totals.files == 0)
    }
}
