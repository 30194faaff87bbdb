// Times reading a large sheet: writes a workbook of ROWS employees-like rows (default 10,000)
// with XLSXWriter, then reads it RUNS times with WorkbookReader (as the content loader does)
// and prints the best and median times. Used by scripts/bench-xlsx.sh.
import Foundation
import JixiaoCore
import JixiaoExcel

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let rowCount = arguments.first ?? 10_000
let runs = arguments.dropFirst().first ?? 5

let departments = ["cs", "logistics", "sales", "hr", "finance"]
let columns = [
    XLSXColumn("id", format: .text), XLSXColumn("name", format: .text), XLSXColumn("department", format: .text),
    XLSXColumn("role", format: .text), XLSXColumn("hire_date", format: .date), XLSXColumn("status", format: .text),
    XLSXColumn("base_salary", format: .money), XLSXColumn("sales", format: .general), XLSXColumn("rate", format: .percent),
    XLSXColumn("note", format: .text),
]
let rows: [[XLSXCell]] = (0..<rowCount).map { i in
    let id = String(i + 1)
    return [
        .text("E" + String(repeating: "0", count: max(0, 6 - id.count)) + id), .text("员工\(i)"), .text(departments[i % 5]),
        .text("agent"), .date(year: 2015 + i % 10, month: 1 + i % 12, day: 1 + i % 28), .text(i % 7 == 0 ? "trial" : "regular"),
        .number("\(6000 + i % 4000).50"), .number("\(i * 37 % 100_000)"), .number("0.\(10 + i % 90)"),
        .text(i % 3 == 0 ? "备注, with a comma" : ""),
    ]
}
let data: Data
do {
    data = try XLSXWriter().write([XLSXSheet(name: "员工", columns: columns, rows: rows)])
} catch {
    print("writing the workbook failed: \(error)")
    exit(1)
}

var times: [Double] = []
var table: CSVTable?
for _ in 0..<runs {
    var diagnostics = Diagnostics()
    let start = ContinuousClock.now
    table = WorkbookReader.readTable(data, path: "employees.xlsx", diagnostics: &diagnostics)
    let elapsed = ContinuousClock.now - start
    times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    if diagnostics.hasErrors {
        print(diagnostics.all.map(\.description).joined(separator: "\n"))
        exit(1)
    }
}
times.sort()
let rowsRead = table?.rowCount ?? 0
print(
    String(
        format: "xlsx read: %d rows × %d columns, %.1f MB workbook; best %.3f s, median %.3f s over %d runs",
        rowsRead, columns.count, Double(data.count) / 1_048_576, times[0], times[times.count / 2], runs))
exit(rowsRead == rowCount && times[times.count / 2] <= 1.0 ? 0 : 2)
