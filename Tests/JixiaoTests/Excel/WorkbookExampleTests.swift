import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoExcel
@testable import JixiaoRules

/// The whole example company kept as Excel workbooks gives exactly the CSV company's results.
@Suite("Excel workbooks: the example company")
struct WorkbookExampleTests {
    /// Every file of `content/`, with each CSV table turned into a workbook (typed cells: numbers,
    /// dates as serials, ids as text) written by `XLSXWriter`; odd tables use inline strings
    /// and the 1904 date system.
    static func workbookCompany() throws -> (csv: LocalFileSystem, xlsx: MemoryFileSystem, workbooks: Int) {
        let local = LocalFileSystem(root: ExampleCompanyTests.contentRoot)
        var files: [String: Data] = [:]
        var workbooks = 0
        for path in local.walk("") {
            let data = try local.read(path)
            guard path.hasSuffix(".csv") else {
                files[path] = data
                continue
            }
            let text = try #require(TextDecoding.decode(data)).0
            let writer = XLSXWriter(date1904: workbooks % 2 == 1, sharedStrings: workbooks % 3 != 2)
            files[String(path.dropLast(4)) + ".xlsx"] = try WorkbookTestSupport.workbook(
                csv: text, sheet: "表\(workbooks + 1)", writer: writer)
            workbooks += 1
        }
        return (local, MemoryFileSystem(data: files), workbooks)
    }

    static func resultsJSON(_ fileSystem: any FileSystem) throws -> String {
        let content = try ContentLoader(fileSystem: fileSystem).loadOrThrow()
        let results = try RulesEngine(content: content).evaluate()
        let analytics = Analytics.compute(content: content, results: results)
        return ResultsJSON.render(content: content, results: results, analytics: analytics, indent: 2)
    }

    @Test("results from workbooks are identical to results from CSV")
    func identicalResults() throws {
        let (csv, xlsx, workbooks) = try Self.workbookCompany()
        #expect(workbooks > 10)
        #expect(!xlsx.files.keys.contains { $0.hasSuffix(".csv") })
        let fromWorkbooks = try Self.resultsJSON(xlsx)
        let fromCSV = try Self.resultsJSON(csv)
        #expect(fromWorkbooks.count > 10_000)
        #expect(fromWorkbooks == fromCSV)
    }
}
