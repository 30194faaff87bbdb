import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoExcel
@testable import JixiaoRules

/// Content folders whose tables are workbooks: same checks as CSV, reported at the sheet cell.
@Suite("Excel workbooks: content tables")
struct WorkbookContentTests {
    /// The fixture company with some CSV files replaced by workbooks made from the same text.
    func company(
        _ csvChanges: [String: String?] = [:], workbooks: [String: String], sheet: String = "Sheet1",
        extra: [String: Data] = [:]
    ) throws -> MemoryFileSystem {
        var removals = csvChanges
        for path in workbooks.keys { removals[path] = String?.none }
        var fs = Fixtures.files(removals)
        for (path, csv) in workbooks {
            fs.files[String(path.dropLast(4)) + ".xlsx"] = try WorkbookTestSupport.workbook(csv: csv, sheet: sheet)
        }
        for (path, data) in extra { fs.files[path] = data }
        return fs
    }

    func diagnostics(_ fs: MemoryFileSystem) -> [Diagnostic] { ContentLoader(fileSystem: fs).load().diagnostics }

    @Test("a company whose tables are all workbooks loads like the CSV one")
    func sameContent() throws {
        let fs = try company(workbooks: [
            "departments.csv": Fixtures.departments, "employees.csv": Fixtures.employees,
            "data/2025-12/cs.csv": Fixtures.month1,
        ])
        let outcome = ContentLoader(fileSystem: fs).load()
        #expect(outcome.diagnostics.isEmpty)
        let csv = try #require(Fixtures.load().content)
        let xlsx = try #require(outcome.content)
        #expect(xlsx.organisation.employees.map(\.id) == csv.organisation.employees.map(\.id))
        #expect(xlsx.organisation.employees.map(\.hireDate) == csv.organisation.employees.map(\.hireDate))
        #expect(xlsx.months.count == csv.months.count)
    }

    @Test("every CSV problem has the same wording and fix in a workbook, at the sheet cell")
    func sameWordingAtCell() throws {
        let bad = Fixtures.employees
            .replacingOccurrences(of: "E003,张伟,cs,", with: "E003,张伟,sales,")
            .replacingOccurrences(of: "2026-01-05", with: "2026-02-30")
        // Errors only: the warning that sums up the rows not checked names the file itself.
        let csvDiagnostics = Fixtures.load(["employees.csv": bad]).diagnostics
            .filter { $0.location.file.hasPrefix("employees") && $0.severity == .error }
        let xlsxDiagnostics = diagnostics(try company(workbooks: ["employees.csv": bad], sheet: "员工"))
            .filter { $0.location.file.hasPrefix("employees") && $0.severity == .error }
        #expect(csvDiagnostics.count == 2)
        #expect(xlsxDiagnostics.map(\.message) == csvDiagnostics.map(\.message))
        #expect(xlsxDiagnostics.map(\.fix) == csvDiagnostics.map(\.fix))
        #expect(xlsxDiagnostics.map(\.location.description) == ["employees.xlsx:员工!C4", "employees.xlsx:员工!F5"])
        #expect(csvDiagnostics.map(\.location.description) == ["employees.csv:4:9", "employees.csv:5:34"])
    }

    @Test("a missing column is reported at the header row's first cell, a bad number at its cell")
    func headerAndDataCells() throws {
        let header = try company(workbooks: ["departments.csv": "id,title\ncs,客服部\n"])
        let headerErrors = diagnostics(header).filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
        #expect(headerErrors.contains("departments.xlsx:Sheet1!A1: missing required column \"name\""))
        let data = try company(workbooks: ["data/2026-01/cs.csv": "employee,sales,complaints\nE001,31000,0\nE003,lots,0\n"])
        let dataErrors = diagnostics(data).filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
        #expect(dataErrors.count == 1)
        #expect(dataErrors.first?.hasPrefix("data/2026-01/cs.xlsx:Sheet1!B3: ") == true)
        #expect(dataErrors.first?.contains("\"lots\"") == true)
    }

    @Test("a duplicate row in a workbook names the first one's sheet row, not a CSV line")
    func duplicateRowInSheet() throws {
        let data = try company(workbooks: ["data/2026-01/cs.csv": "employee,sales,complaints\nE001,31000,0\nE003,29000,0\nE001,30000,1\n"])
        let errors = diagnostics(data).filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
        #expect(errors == ["data/2026-01/cs.xlsx:Sheet1!A4: E001 appears twice in this file (first on Sheet1!2:2)"])
        let people = try company(workbooks: ["employees.csv": Fixtures.employees + "\n" + Fixtures.employees.split(separator: "\n")[1]], sheet: "员工")
        let duplicate = diagnostics(people).filter { $0.message.hasPrefix("duplicate employee id") }.map(\.message)
        #expect(duplicate == ["duplicate employee id \"E001\" (first on 员工!2:2)"])
    }

    @Test("a measure from a workbook and a CSV in the same month is reported at the workbook cell")
    func conflictAcrossFiles() throws {
        var fs = Fixtures.files()
        fs.files["data/2026-01/extra.xlsx"] = try WorkbookTestSupport.workbook(csv: "employee,note,sales\nE001,x,5\n")
        let errors = diagnostics(fs).filter { $0.severity == .error }
        #expect(errors.map(\.location.description) == ["data/2026-01/extra.xlsx:Sheet1!C2"])
        #expect(errors.first?.message.hasPrefix("measure \"sales\" for E001 in 2026-01 also comes from data/2026-01/cs.csv") == true)
    }

    @Test("a CSV and a workbook for the same table are refused")
    func csvAndWorkbook() throws {
        var fs = Fixtures.files()
        fs.files["employees.xlsx"] = try WorkbookTestSupport.workbook(csv: Fixtures.employees)
        let errors = diagnostics(fs).filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "employees.xlsx: error: both employees.csv and employees.xlsx exist for the same table, so it is unclear which to read — fix: keep one of them: delete or move the other file (employees.csv is read for now)"
            ])
        fs.files["data/2026-01/cs.xlsx"] = try WorkbookTestSupport.workbook(csv: "employee,sales\nE001,1\n")
        #expect(diagnostics(fs).filter { $0.severity == .error }.map(\.location.file) == ["data/2026-01/cs.xlsx", "employees.xlsx"])
    }

    @Test("sheets: in site.yaml names the sheet to read")
    func namedSheet() throws {
        var fs = Fixtures.files(["employees.csv": nil, "site.yaml": Fixtures.site + "\nsheets:\n  employees: 在职\n"])
        let other = XLSXSheet(name: "说明", columns: [XLSXColumn("readme")], rows: [[.text("见下一页")]])
        fs.files["employees.xlsx"] = try XLSXWriter().write([other, WorkbookTestSupport.sheet(csv: Fixtures.employees, name: "在职")])
        #expect(diagnostics(fs).isEmpty)
        fs.files["site.yaml"] = Data((Fixtures.site + "\nsheets:\n  employees: 离职\n").utf8)
        let messages = diagnostics(fs).filter { $0.location.file == "employees.xlsx" }.map(\.description)
        #expect(
            messages.first
                == "employees.xlsx: error: the workbook has no sheet named \"离职\" (sheets: 说明, 在职) — fix: rename the sheet, or correct the sheet name under sheets: in site.yaml",
            "\(messages)")
    }

    @Test("Excel's lock files and other files in a data folder are not read as tables")
    func lockFiles() {
        #expect(ContentLoader.isTableFile("sales.xlsx"))
        #expect(ContentLoader.isTableFile("SALES.CSV"))
        #expect(!ContentLoader.isTableFile("~$sales.xlsx"))
        #expect(!ContentLoader.isTableFile("sales.xls"))
    }
}
