import JixiaoCore
import JixiaoExcel

extension TableView {
    /// The table as a workbook sheet: numbers as numbers (percentages and money in their
    /// formats, judged from the shown text), `yyyy-mm-dd` text as dates, the rest as text.
    func workbookSheet(name: String) -> XLSXSheet {
        var formats = headers.map { $0.numeric ? XLSXColumn.Format.general : .text }
        for row in rows {
            for (c, cell) in row.cells.enumerated() where c < formats.count && cell.numeric && cell.hasValue {
                if cell.text.hasSuffix("%") {
                    formats[c] = .percent
                } else if formats[c] == .general, Self.looksLikeMoney(cell.text) {
                    formats[c] = .money
                }
            }
        }
        let cells = rows.map { row in
            row.cells.map { cell -> XLSXCell in
                if cell.numeric { return cell.hasValue ? .number(cell.value) : (cell.csv.isEmpty ? .empty : .text(cell.csv)) }
                if cell.csv.utf8.count >= 10, cell.csv.count == 10, let day = Day(parsing: cell.csv) { return .date(year: day.year, month: day.month, day: day.day) }
                return cell.csv.isEmpty ? .empty : .text(cell.csv)
            }
        }
        for row in cells {
            for (c, cell) in row.enumerated() where c < formats.count {
                if case .date = cell { formats[c] = .date }
            }
        }
        return XLSXSheet(name: name, columns: zip(headers, formats).map { XLSXColumn($0.label, format: $1) }, rows: cells)
    }

    /// Whether shown text is an amount of money: `¥12,500.00` or a currency code (`USD 12.50`),
    /// after any leading `-` or `−`. Read byte by byte (a workbook asks it of every number
    /// cell); text where a character could span more bytes than the check reads (a combining
    /// mark after the sign, `¥` or the code) is read by characters, as before.
    static func looksLikeMoney(_ text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x2D {
                    i += 1
                } else if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 {
                    i += 3
                } else {
                    break
                }
                if i < bytes.count, bytes[i] >= 0x80, bytes[i] != 0xE2, bytes[i] != 0xC2 { return nil }
            }
            let rest = bytes.count - i
            if rest >= 2, bytes[i] == 0xC2, bytes[i + 1] == 0xA5 { return rest == 2 || bytes[i + 2] < 0x80 ? true : nil }
            let end = min(rest, 5)
            for k in 0..<end where bytes[i + k] >= 0x80 { return nil }
            guard rest >= 4 else { return false }
            let upper = (0..<3).allSatisfy { bytes[i + $0] >= 0x41 && bytes[i + $0] <= 0x5A }
            return upper && bytes[i + 3] == 0x20
        }
        return answer ?? looksLikeMoneyByCharacters(text)
    }

    /// ``looksLikeMoney(_:)`` read by characters (grapheme clusters).
    static func looksLikeMoneyByCharacters(_ text: String) -> Bool {
        let body = text.drop { $0 == "-" || $0 == "\u{2212}" }
        if body.hasPrefix("¥") { return true }
        let code = body.prefix(4)
        return code.count == 4 && code.last == " " && code.dropLast().allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The payroll CSV (header, then one row per person, amounts from column 6 on) as a sheet
    /// with the amounts as money.
    static func payrollSheet(csv: String, name: String) -> XLSXSheet {
        var diagnostics = Diagnostics()
        let text = csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv
        guard let table = CSVParser.parse(text: text, path: "payroll.csv", diagnostics: &diagnostics) else {
            return XLSXSheet(name: name, columns: [], rows: [])
        }
        let columns = table.rawHeader.enumerated().map { XLSXColumn($1, format: $0 >= 5 ? .money : .text) }
        let rows = (0..<table.rowCount).map { r in
            (0..<table.header.count).map { c -> XLSXCell in
                let value = table.string(r, c)
                if value.isEmpty { return .empty }
                return c >= 5 ? .number(value) : .text(value)
            }
        }
        return XLSXSheet(name: name, columns: columns, rows: rows)
    }
}
