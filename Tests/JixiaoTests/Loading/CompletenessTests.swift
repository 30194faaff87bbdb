import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules

/// Issue 12 items 3 and 6 beyond the corpus: the cascade summary at scale, column rules and
/// the example company's declarations.
@Suite("Completeness and root causes")
struct CompletenessTests {
    @Test("1,200 rows of an unreadable employees file are summed up in one line")
    func cascadeAtScale() {
        var rows = "employee,sales,complaints\n"
        for i in 1...1200 { rows += "P\(i),1,0\n" }
        var fs = Fixtures.files(["employees.csv": Fixtures.employees.replacingOccurrences(of: "E001,王芳,", with: "E001,\"王芳,")])
        fs.files["data/2025-12/big.csv"] = Data(rows.utf8)
        let diagnostics = Checker.check(fileSystem: fs).diagnostics
        // 1,200 rows of big.csv plus cs.csv's 3 + 3 rows in the two months.
        #expect(diagnostics.map(\.message).contains("1,206 rows under data/ not checked because employees.csv could not be read"))
        #expect(diagnostics.filter { $0.severity == .error }.count == 1)
    }

    /// A file system in which some files are listed but cannot be read.
    struct UnreadableFiles: FileSystem {
        var base: MemoryFileSystem
        var unreadable: Set<String>
        func read(_ path: String) throws -> Data {
            if unreadable.contains(path) { throw CocoaError(.fileReadNoPermission) }
            return try base.read(path)
        }
        func fileExists(_ path: String) -> Bool { base.fileExists(path) }
        func directoryExists(_ path: String) -> Bool { base.directoryExists(path) }
        func listing(_ directory: String) -> Result<[String], ListingProblem> { base.listing(directory) }
    }

    @Test("an unreadable month folder is an error naming it, not an empty month")
    func unreadableFolder() {
        var files = Fixtures.files()
        files.unreadableFolders = ["data/2026-01"]
        let errors = Checker.check(fileSystem: files).diagnostics.filter { $0.severity == .error }
        let folder = errors.first { $0.location == SourceLocation(file: "data/2026-01/") }
        #expect(folder?.message == "cannot read the folder: Permission denied; none of its files were read")
        #expect(folder?.fix?.contains("chmod u+rx data/2026-01") == true)
        files.unreadableFolders = ["policies"]
        let policies = Checker.check(fileSystem: files).diagnostics
        #expect(policies.contains { $0.location == SourceLocation(file: "policies/") && $0.severity == .error })
    }

    @Test("an unreadable data file is an error naming it; a warning when declared optional")
    func unreadableFile() {
        var files = Fixtures.files()
        files.files["data/2026-01/visits.csv"] = Data("employee,visits\nE001,3\n".utf8)
        let error = Checker.check(fileSystem: UnreadableFiles(base: files, unreadable: ["data/2026-01/visits.csv"])).diagnostics
        #expect(error.map(\.severity) == [.error])
        #expect(error.first?.location == SourceLocation(file: "data/2026-01/visits.csv"))
        #expect(error.first?.message.hasPrefix("cannot read the file: ") == true)
        files.files["site.yaml"] = Data((Fixtures.site + "\ndata_files:\n  optional: [visits]").utf8)
        let warning = Checker.check(fileSystem: UnreadableFiles(base: files, unreadable: ["data/2026-01/visits.csv"])).diagnostics
        #expect(warning.map(\.severity) == [.warning])
        #expect(warning.first?.message.hasPrefix("cannot read the optional file: ") == true)
    }

    @Test("counts are grouped by thousands")
    func grouping() {
        #expect(ContentLoader.grouped(7) == "7")
        #expect(ContentLoader.grouped(1735) == "1,735")
        #expect(ContentLoader.grouped(1_234_567) == "1,234,567")
    }

    @Test("column rules: a percentage is compared as written, a count must be whole")
    func columnRules() throws {
        let percent = try #require(ColumnRule(kind: "percent"))
        #expect(percent.problem(DecimalNumber(parsing: "0.955")!, written: "95.5%") == nil)
        #expect(percent.problem(DecimalNumber(parsing: "1.2")!, written: "120%") == "is above 100")
        #expect(percent.problem(DecimalNumber(95), written: "95") == nil)
        let count = try #require(ColumnRule(kind: "count"))
        #expect(count.problem(DecimalNumber(parsing: "1.5")!, written: "1.5") == "is not a whole number")
        #expect(count.problem(DecimalNumber(-1), written: "-1") == "is below 0")
        #expect(ColumnRule(kind: "range") == nil)
        #expect(ColumnRule(kind: "currency") == nil)
    }

    @Test("the example company declares its monthly files and column kinds")
    func exampleDeclarations() throws {
        let content = try ContentLoader(fileSystem: LocalFileSystem(root: ExampleCompanyTests.contentRoot)).loadOrThrow()
        let declared = content.settings.dataFiles
        #expect(declared.expected.map(\.name) == ["attendance", "cs", "departments", "logistics", "management", "ops", "sales"])
        #expect(declared.maximumRowDrop == DecimalNumber(parsing: "0.2"))
        #expect(declared.columns["complaints"]?.kind == .count)
        #expect(declared.columns["responsibility"] == ColumnRule(kind: .range, minimum: 0, maximum: 5))
    }
}
