import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoExcel

/// CSV places of a workbook table reported as sheet cells.
@Suite("Excel workbooks: places at sheet cells")
struct SheetCellMapTests {
    @Test("cells, whole rows, quoted sheet names and text files unchanged")
    func resolve() {
        let map = SheetCellMap(
            file: "a.xlsx", sheet: "Q4 data", rowOfLine: [3, 4, 4, 9], columnStarts: [1, 6, 12],
            sheetColumns: [1, 2, 27], continuedField: [3: 1])
        func at(_ line: Int?, _ column: Int?) -> String {
            map.resolve(SourceLocation(file: "a.xlsx", line: line, column: column)).description
        }
        #expect(at(1, 1) == "a.xlsx:'Q4 data'!B3")
        #expect(at(2, 7) == "a.xlsx:'Q4 data'!C4")
        #expect(at(2, 40) == "a.xlsx:'Q4 data'!AB4")
        #expect(at(3, 1) == "a.xlsx:'Q4 data'!C4")
        #expect(at(4, nil) == "a.xlsx:'Q4 data'!9:9")
        #expect(at(nil, nil) == "a.xlsx")
        #expect(SheetCellMap.reference(sheet: "员工", "C7") == "员工!C7")
        #expect(SourceLocation(file: "a.csv", line: 2, column: 3).description == "a.csv:2:3")
    }

    @Test("a multi-line cell does not shift the cells of later rows")
    func multiLineCell() throws {
        let csv = "employee,note,sales\nE001,\"第一行\n第二行\",100\nE003,x,lots\n"
        var diagnostics = Diagnostics()
        let data = try WorkbookTestSupport.workbook(csv: csv)
        let table = try #require(WorkbookReader.readTable(data, path: "m.xlsx", diagnostics: &diagnostics))
        #expect(table.string(0, 1) == "第一行\n第二行")
        guard case .invalid = table.number(1, 2) else { Issue.record("expected an invalid number"); return }
        diagnostics.error(table.location(1, 2), "not a number")
        diagnostics.error(table.location(ofRow: 1), "row problem")
        diagnostics.error(table.location(ofHeader: 2), "header problem")
        #expect(diagnostics.all.map(\.location.description) == ["m.xlsx:Sheet1!C3", "m.xlsx:Sheet1!3:3", "m.xlsx:Sheet1!C1"])
    }
}
