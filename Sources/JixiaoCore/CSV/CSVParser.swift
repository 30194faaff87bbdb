import Foundation

/// Reads CSV the way real HR exports are written (RFC 4180 plus what Excel does): comma
/// separated, fields optionally in double quotes with `""` for a quote, quoted fields may
/// span lines, CRLF or LF line ends, UTF-8 (with or without BOM) or GB18030.
///
/// Unlike the CSV libraries available, it reports every problem with the line and column a
/// text editor shows, and never silently drops the rest of a file after a stray quote.
public enum CSVParser {
    /// Most problems reported per file; past that, one summary line.
    public static let maxErrorsPerFile = 20

    /// Parses a file. Problems go into `diagnostics`; returns `nil` when the file cannot be
    /// used at all (undecodable, empty, no header, unterminated quote).
    public static func parse(_ data: Data, path: String, diagnostics: inout Diagnostics) -> CSVTable? {
        guard let (text, encoding) = TextDecoding.decode(data) else {
            diagnostics.report(
                TextDecoding.problem(data, path: path)
                    ?? .error(
                        SourceLocation(file: path), "the file is neither UTF-8 nor GB18030 text",
                        fix: "save it from Excel as \"CSV UTF-8\" (or CSV in GB18030/GBK)"))
            return nil
        }
        return parse(text: text, encoding: encoding, path: path, diagnostics: &diagnostics)
    }

    /// Parses already-decoded text: the header (the first non-blank record), its names, then
    /// every row with as many fields as the header.
    public static func parse(
        text: String, encoding: TextDecoding.Encoding = .utf8, path: String,
        diagnostics: inout Diagnostics
    ) -> CSVTable? {
        var bytes = Array(text.utf8)
        if bytes.contains(0x0D), !bytes.contains(0x0A) {
            // Classic Mac line ends (CR only): each CR is a line end, so line numbers stay right.
            for i in bytes.indices where bytes[i] == 0x0D { bytes[i] = 0x0A }
        }
        var reader = Reader(bytes: bytes, path: path)
        var budget = ErrorBudget()
        guard let headerRecord = readHeader(&reader, &budget, &diagnostics),
            var table = makeTable(headerRecord, reader, encoding: encoding, &budget, &diagnostics),
            readRows(into: &table, &reader, &budget, &diagnostics)
        else { return nil }
        budget.summarise(path: path, &diagnostics)
        return table
    }

    /// The first non-blank record; `nil` (with a diagnostic) when there is none.
    private static func readHeader(
        _ reader: inout Reader, _ budget: inout ErrorBudget, _ diagnostics: inout Diagnostics
    ) -> Reader.Record? {
        while !reader.atEnd {
            switch reader.nextRecord() {
            case .record(let record):
                if !record.isBlank(reader.bytes) { return record }
            case .bad(let diagnostic):
                budget.report(diagnostic, &diagnostics)
            case .fatal(let diagnostic):
                budget.report(diagnostic, &diagnostics)
                return nil
            }
        }
        if budget.errors == 0 {
            diagnostics.error(
                SourceLocation(file: reader.path, line: 1), "the file is empty: a header row is needed",
                fix: "write the column names on the first line")
        }
        return nil
    }

    /// The table for a header record, after checking its names (none empty, none twice);
    /// `nil` for a tab-separated file.
    private static func makeTable(
        _ headerRecord: Reader.Record, _ reader: Reader, encoding: TextDecoding.Encoding,
        _ budget: inout ErrorBudget, _ diagnostics: inout Diagnostics
    ) -> CSVTable? {
        let path = reader.path
        let rawHeader = headerRecord.fields.map { reader.text($0).trimmingSpaces }
        if rawHeader.count == 1, rawHeader[0].contains("\t") {
            // One column whose name holds tabs: Excel's "Text (Tab delimited)"; reading on would
            // only give a missing-column error and one more for every row.
            diagnostics.error(
                SourceLocation(file: path, line: headerRecord.line, column: 1),
                "the file is tab-separated (Excel's \"Text (Tab delimited)\"), not comma-separated CSV",
                fix: "in Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\"")
            return nil
        }
        let header = rawHeader.map { $0.lowercased() }
        let table = CSVTable(
            path: path, encoding: encoding, bytes: reader.bytes, header: header, rawHeader: rawHeader,
            headerLine: headerRecord.line, headerStart: headerRecord.start,
            headerFieldStarts: headerRecord.fields.map { $0.start - ($0.quoted ? 1 : 0) })
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty {
                budget.report(
                    .error(
                        table.location(ofHeader: i), "column \(i + 1) of the header has no name",
                        fix: "name every column, or delete the empty column"), &diagnostics)
            } else if let first = seen[name] {
                budget.report(
                    .error(
                        table.location(ofHeader: i), "column \"\(rawHeader[i])\" appears twice in the header (also column \(first + 1))",
                        fix: "rename or remove one of them"), &diagnostics)
            } else {
                seen[name] = i
            }
        }
        return table
    }

    /// Reads the remaining records into `table`; a row with the wrong number of fields is
    /// reported and skipped. `false` after a fatal problem.
    private static func readRows(
        into table: inout CSVTable, _ reader: inout Reader, _ budget: inout ErrorBudget,
        _ diagnostics: inout Diagnostics
    ) -> Bool {
        let width = table.header.count
        table.rowLines.reserveCapacity(reader.bytes.count / 40)
        while !reader.atEnd {
            switch reader.nextRecord() {
            case .record(let record):
                if record.isBlank(reader.bytes) { continue }
                guard record.fields.count == width else {
                    budget.report(
                        .error(
                            SourceLocation(file: reader.path, line: record.line),
                            "this row has \(record.fields.count) fields but the header has \(width)",
                            fix: record.fields.count > width
                                ? "put double quotes around fields that contain a comma, e.g. \"12,500\""
                                : "add the missing fields (leave them empty between commas if unknown)"), &diagnostics)
                    continue
                }
                table.append(record)
            case .bad(let diagnostic):
                budget.report(diagnostic, &diagnostics)
            case .fatal(let diagnostic):
                budget.report(diagnostic, &diagnostics)
                return false
            }
        }
        return true
    }
}
