import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRules
@testable import JixiaoSite

/// `adjustments.csv`: corrections of a closed month paid in a later one.
@Suite("Pay adjustments")
struct PayAdjustmentTests {
    static let header = "employee,item,amount,reason,month_paid\n"

    static func example(adjustments: String) throws -> MemoryFileSystem {
        var fs = try ClosedMonthTests.openExample()
        fs.files["adjustments.csv"] = Data((header + adjustments).utf8)
        return fs
    }

    @Test("an adjustment is a pay line of its month and counts in the total, exactly")
    func paidInNovember() throws {
        let fs = try Self.example(adjustments: "E0102,commission,59.40,October commission: 3 orders credited late,2026-11\n")
        let (content, results) = try ExamplePayTimingTests.evaluate(fs)
        let e = try #require(content.organisation.employeeIndex["E0102"])
        let november = try #require(results.result(employee: e, month: Month(parsing: "2026-11")!))
        // cs-pay, 2026-11: 3800 + 1305.48 + 1025.57 + 600 + 0 − 50 = 6681.05; + 59.40 = 6740.45.
        #expect(november.payTotal == DecimalNumber(parsing: "6740.45"))
        #expect(november.adjustments.map(\.reason) == ["October commission: 3 orders credited late"])
        let october = try #require(results.result(employee: e, month: Month(parsing: "2026-10")!))
        #expect(october.payTotal == DecimalNumber(parsing: "5914.91"))
        #expect(october.adjustments.isEmpty)
        let json = ResultsJSON.render(content: content, results: results)
        #expect(
            json.contains(
                "\"adjustments\":[{\"item\":\"commission\",\"amount\":59.4,\"reason\":\"October commission: 3 orders credited late\"}],\"total\":6740.45"
            ))
    }

    @Test("the pay statement and the payroll CSV show the adjustment and the adjusted total")
    func siteShowsIt() throws {
        let fs = try Self.example(adjustments: "E0102,commission,59.40,October commission: 3 orders credited late,2026-11\n")
        let templates = try MemoryBuildTests.memoryCopy(of: SiteBuildTests.templates)
        let output = MemoryOutput()
        let options = SiteOptions(contentFolder: "content", templatesFolder: "site-templates", output: "site", locale: "en")
        _ = try SiteBuilder(options: options, content: fs, templates: templates, output: output).build(progress: BuildProgress(quiet: true))
        let person = try #require(output.text("people/e0102.html"))
        #expect(person.contains("Adjustment: Personal sales commission — October commission: 3 orders credited late"))
        #expect(person.contains("¥59.40"))
        #expect(person.contains("¥6,740.45"))
        let payroll = try #require(output.text("downloads/payroll-2026-11.csv"))
        let lines = payroll.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines[0].hasSuffix(",Adjustments,Total"))
        let row = try #require(lines.first { $0.hasPrefix("E0102,") })
        #expect(row.hasSuffix(",59.40,6740.45"))
        let other = try #require(lines.first { $0.hasPrefix("E0103,") })
        #expect(other.hasSuffix(",,6718.06"))
        let october = try #require(output.text("downloads/payroll-2026-10.csv"))
        #expect(!october.contains("Adjustments"))
    }

    @Test("bad rows are errors at their cell, with did-you-mean")
    func validation() throws {
        let rows = [
            "E0012,commission,10,late orders,2026-11",  // unknown employee
            "E0102,commission,ten,late orders,2026-11",  // not an amount
            "E0102,commission,10.005,late orders,2026-11",  // not cents
            "E0102,commission,10,,2026-11",  // no reason
            "E0102,commission,10,late orders,2026-13",  // not a month
            "E0102,comission,10,late orders,2026-11",  // not a pay item
        ]
        let fs = try Self.example(adjustments: rows.joined(separator: "\n") + "\n")
        let errors = Checker.check(fileSystem: fs).diagnostics.filter { $0.severity == .error }
        func error(_ line: Int, _ column: Int) -> Diagnostic? {  // column: the character where the cell starts
            errors.first { $0.location.file == "adjustments.csv" && $0.location.line == line && $0.location.column == column }
        }
        #expect(error(2, 1)?.message == "unknown employee \"E0012\" in an adjustment")
        #expect(error(2, 1)?.fix?.hasPrefix("did you mean") == true)
        #expect(error(3, 18)?.message == "\"ten\" is not an amount of money")
        #expect(error(4, 18)?.message == "\"10.005\" is not an amount of money")
        #expect(error(5, 21)?.message == "the adjustment gives no reason")
        #expect(error(6, 33)?.message == "\"2026-13\" is not a month")
        let item = try #require(Checker.check(fileSystem: try Self.example(adjustments: rows[5] + "\n")).diagnostics.first)
        #expect(item.message == "\"comission\" is not a pay item of any policy")
        #expect(item.fix == "did you mean commission?")
    }

    @Test("an adjustment paid in a closed month changes its figures and is refused")
    func paidInClosedMonth() throws {
        let (closed, _) = try ClosedMonthTests.closing(try ClosedMonthTests.openExample())
        var fs = closed
        fs.files["adjustments.csv"] = Data((Self.header + "E0102,commission,59.40,late orders,2026-10\n").utf8)
        let errors = ClosedMonthTests.errors(fs)
        let person = try #require(errors.first { $0.message.contains("(E0102)") })
        #expect(person.message.contains("adjustments.commission (none) → 59.4"))
        #expect(person.message.contains("pay_total 5914.91 → 5974.31"))
    }
}
