import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoExcel
@testable import JixiaoSite

/// `jixiao build` (workbooks on by default): every file download and the managers' payroll
/// also as a workbook, linked beside the CSV.
@Suite("Excel workbooks: site downloads", .serialized)
struct WorkbookDownloadTests {
    func build(_ name: String, audience: Audience) throws -> String {
        let out = SiteBuildTests.temporary(name)
        var options = SiteOptions(
            contentFolder: SiteBuildTests.content, templatesFolder: SiteBuildTests.templates, output: out, audience: audience)
        options.workbooks = true
        _ = try SiteBuilder(options: options).build(progress: BuildProgress(quiet: true))
        return out
    }

    @Test("each CSV file download has a workbook twin with the same cells; payroll only for managers")
    func downloads() throws {
        let managers = try build("xlsx-managers", audience: .managers)
        defer { try? FileManager.default.removeItem(atPath: managers) }
        let files = SiteBuildTests.files(in: managers + "/downloads")
        let csvs = files.filter { $0.hasSuffix(".csv") }, workbooks = files.filter { $0.hasSuffix(".xlsx") }
        #expect(!csvs.isEmpty)
        // Every CSV file has its workbook twin; a table whose CSV jixiao.js makes from the page
        // (issue 14) keeps its workbook file where its CSV would have been a file.
        #expect(Set(csvs.map { String($0.dropLast(4)) + ".xlsx" }).isSubset(of: Set(workbooks)))
        #expect(workbooks.contains("payroll-2026-11.xlsx"))

        // The payroll workbook reads back to the payroll CSV's cells, amounts as money.
        let csvData = try Data(contentsOf: URL(fileURLWithPath: managers + "/downloads/payroll-2026-11.csv"))
        var diagnostics = Diagnostics()
        let csv = try #require(CSVParser.parse(csvData, path: "p.csv", diagnostics: &diagnostics))
        let data = try Data(contentsOf: URL(fileURLWithPath: managers + "/downloads/payroll-2026-11.xlsx"))
        let sheet = try #require(WorkbookReader.readTable(data, path: "p.xlsx", diagnostics: &diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(sheet.rawHeader == csv.rawHeader)
        #expect(sheet.rowCount == csv.rowCount)
        for r in 0..<csv.rowCount {
            for c in 0..<csv.header.count {
                #expect(sheet.number(r, c) == csv.number(r, c), "row \(r) column \(c)")
            }
        }
        let staff = try build("xlsx-staff", audience: .staff)
        defer { try? FileManager.default.removeItem(atPath: staff) }
        #expect(!SiteBuildTests.files(in: staff).contains { $0.contains("payroll") })
    }

    @Test("pages link each workbook beside its CSV file download; embedded CSVs and --no-xlsx builds have none")
    func links() throws {
        let managers = try build("xlsx-links", audience: .managers)
        defer { try? FileManager.default.removeItem(atPath: managers) }
        let period = try String(contentsOfFile: managers + "/2026/11/index.html", encoding: .utf8)
        #expect(period.contains(#"href="../../downloads/payroll-2026-11.xlsx" download>工资表 · 下载 Excel</a>"#))
        #expect(period.contains(#"href="../../downloads/period-2026-11-ranking.xlsx" download="period-2026-11-ranking.xlsx">下载 Excel</a>"#))
        // Every linked workbook exists.
        for page in SiteBuildTests.files(in: managers).filter({ $0.hasSuffix(".html") }) {
            let html = try String(contentsOfFile: managers + "/" + page, encoding: .utf8)
            for match in html.matches(of: /href="((?:\.\.\/)*)(downloads\/[^"]+\.xlsx)"/) {
                #expect(FileManager.default.fileExists(atPath: managers + "/" + match.output.2), "\(page) links \(match.output.2)")
            }
        }
        // A person page's small tables are embedded as data: URLs, with no workbook link.
        let person = try #require(SiteBuildTests.files(in: managers + "/people").first)
        #expect(!(try String(contentsOfFile: managers + "/people/" + person, encoding: .utf8)).contains(".xlsx"))

        let out = SiteBuildTests.temporary("xlsx-off")
        defer { try? FileManager.default.removeItem(atPath: out) }
        var options = SiteOptions(
            contentFolder: SiteBuildTests.content, templatesFolder: SiteBuildTests.templates, output: out, audience: .managers)
        options.workbooks = false
        _ = try SiteBuilder(options: options).build(progress: BuildProgress(quiet: true))
        #expect(!SiteBuildTests.files(in: out).contains { $0.hasSuffix(".xlsx") })
        #expect(!(try String(contentsOfFile: out + "/2026/11/index.html", encoding: .utf8)).contains(".xlsx"))
    }

    @Test("table cells become typed cells: money, percentages, dates, text")
    func tableSheet() {
        let headers: [TableView.Header] = [
            .init(label: "姓名", numeric: false, sortable: true), .init(label: "金额", numeric: true, sortable: true),
            .init(label: "达成", numeric: true, sortable: true), .init(label: "入职", numeric: false, sortable: true),
        ]
        let rows: [TableView.Row] = [
            .init(cells: [
                .text("王芳"), .number("¥12,500.50", value: DecimalNumber(parsing: "12500.5")),
                .number("98.5%", value: DecimalNumber(parsing: "0.985")), .text("2026-03-01"),
            ]),
            .init(cells: [.text("李强"), .number("—", value: nil), .number("+2", value: DecimalNumber(parsing: "2")), .text("")]),
        ]
        let table = TableView(
            id: "t", caption: "工资", headers: headers, rows: rows, csvHref: "", hasCSV: true, filterable: false,
            emptyText: "", isEmpty: false)
        let sheet = table.workbookSheet(name: "工资")
        #expect(sheet.columns.map(\.format) == [.text, .money, .percent, .date])
        #expect(sheet.rows[0] == [.text("王芳"), .number("12500.5"), .number("0.985"), .date(year: 2026, month: 3, day: 1)])
        #expect(sheet.rows[1] == [.text("李强"), .empty, .number("2"), .empty])
        #expect(!TableView.looksLikeMoney("+2.50") && TableView.looksLikeMoney("-USD 3.00"))
    }

    @Test("money is told by bytes as it was by characters, combining marks included")
    func moneyByBytes() {
        let money = ["¥12,500.00", "-¥3.00", "−¥3.00", "--−¥1", "¥", "USD 12.50", "-USD 3.00", "−EUR 1", "ABC "]
        let notMoney = [
            "", "-", "−", "12.50", "+2.50", "98.5%", "Usd 1", "US 1", "USDX 1", "USD", "USD\t1", "¥\u{301}12", "-\u{301}¥1",
            "USD \u{301}1", "US\u{301}D 1", "王芳", "— ", "A\r\nB 1", "ＵＳＤ 1",
        ]
        for text in money {
            #expect(TableView.looksLikeMoney(text), "\(text)")
            #expect(TableView.looksLikeMoneyByCharacters(text), "\(text)")
        }
        for text in notMoney {
            #expect(!TableView.looksLikeMoney(text), "\(text)")
            #expect(!TableView.looksLikeMoneyByCharacters(text), "\(text)")
        }
    }
}
