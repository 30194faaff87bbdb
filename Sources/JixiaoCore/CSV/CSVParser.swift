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

    /// Parses already-decoded text.
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
        var errors = 0
        func report(_ d: Diagnostic) {
            errors += 1
            if errors <= maxErrorsPerFile { diagnostics.report(d) }
        }

        // Header: the first non-blank record.
        var headerRecord: Reader.Record?
        while !reader.atEnd {
            switch reader.nextRecord() {
            case .record(let record):
                if record.isBlank(reader.bytes) { continue }
                headerRecord = record
            case .bad(let diagnostic):
                report(diagnostic)
                continue
            case .fatal(let diagnostic):
                report(diagnostic)
                return nil
            }
            if headerRecord != nil { break }
        }
        guard let headerRecord else {
            if errors == 0 {
                diagnostics.error(
                    SourceLocation(file: path, line: 1), "the file is empty: a header row is needed",
                    fix: "write the column names on the first line")
            }
            return nil
        }
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
        var table = CSVTable(
            path: path, encoding: encoding, bytes: reader.bytes, header: header, rawHeader: rawHeader,
            headerLine: headerRecord.line, headerStart: headerRecord.start,
            headerFieldStarts: headerRecord.fields.map { $0.start - ($0.quoted ? 1 : 0) })
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty {
                report(
                    .error(
                        table.location(ofHeader: i), "column \(i + 1) of the header has no name",
                        fix: "name every column, or delete the empty column"))
            } else if let first = seen[name] {
                report(
                    .error(
                        table.location(ofHeader: i), "column \"\(rawHeader[i])\" appears twice in the header (also column \(first + 1))",
                        fix: "rename or remove one of them"))
            } else {
                seen[name] = i
            }
        }

        let width = header.count
        table.rowLines.reserveCapacity(reader.bytes.count / 40)
        while !reader.atEnd {
            switch reader.nextRecord() {
            case .record(let record):
                if record.isBlank(reader.bytes) { continue }
                if record.fields.count != width {
                    report(
                        .error(
                            SourceLocation(file: path, line: record.line),
                            "this row has \(record.fields.count) fields but the header has \(width)",
                            fix: record.fields.count > width
                                ? "put double quotes around fields that contain a comma, e.g. \"12,500\""
                                : "add the missing fields (leave them empty between commas if unknown)"))
                    continue
                }
                table.rowLines.append(Int32(record.line))
                table.rowStarts.append(Int32(record.start))
                table.rowFirstField.append(Int32(table.fieldStarts.count))
                for field in record.fields {
                    table.fieldStarts.append(Int32(field.start))
                    table.fieldEnds.append(Int32(field.end))
                    table.fieldHasEscapes.append(field.escaped)
                    table.fieldQuoted.append(field.quoted)
                }
            case .bad(let diagnostic):
                report(diagnostic)
            case .fatal(let diagnostic):
                report(diagnostic)
                return nil
            }
        }
        if errors > maxErrorsPerFile {
            diagnostics.error(
                SourceLocation(file: path), "\(errors - maxErrorsPerFile) more problems in this file are not shown",
                fix: "fix the ones above and run the check again")
        }
        return table
    }

    /// A byte-level record reader that tracks lines.
    package struct Reader {
        package let bytes: [UInt8]
        let path: String
        var position = 0
        var line = 1

        /// A reader at the start of `bytes`; `path` names the file in diagnostics.
        package init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
        }

        /// One field: its bytes, and whether it was quoted or holds a doubled quote.
        package struct Field {
            var start: Int
            var end: Int
            package var quoted: Bool
            var escaped: Bool
        }

        /// One record: the line it starts on and its fields.
        package struct Record {
            package var line: Int
            var start: Int
            package var fields: [Field]

            /// Whether every field is unquoted and holds only spaces.
            package func isBlank(_ bytes: [UInt8]) -> Bool {
                fields.allSatisfy { field in
                    !field.quoted && bytes[field.start..<field.end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                }
            }
        }

        /// A record, a record skipped with a diagnostic, or the end of what can be read.
        package enum Outcome {
            case record(Record)
            case bad(Diagnostic)
            case fatal(Diagnostic)
        }

        /// Whether everything was read.
        package var atEnd: Bool { position >= bytes.count }

        /// The field's text, with `""` unescaped.
        package func text(_ field: Field) -> String {
            let s = String(decoding: bytes[field.start..<field.end], as: UTF8.self)
            return field.escaped ? s.replacingOccurrences(of: "\"\"", with: "\"") : s
        }

        func column(of offset: Int) -> Int {
            var start = offset
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            var column = 1
            for i in start..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
            return column
        }

        /// Skips to just after the next line break (used after a bad record).
        mutating func skipLine() {
            while position < bytes.count {
                let b = bytes[position]
                position += 1
                if b == 0x0A {
                    line += 1
                    return
                }
            }
        }

        /// Reads the next record.
        package mutating func nextRecord() -> Outcome {
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline: UInt8 = 0x0A, cr: UInt8 = 0x0D
            let n = bytes.count
            var record = Record(line: line, start: position, fields: [])
            while true {
                if position < n, bytes[position] == quote {
                    let openLine = line, openOffset = position
                    position += 1
                    let start = position
                    var escaped = false
                    var end = -1
                    while position < n {
                        let b = bytes[position]
                        if b == quote {
                            if position + 1 < n, bytes[position + 1] == quote {
                                escaped = true
                                position += 2
                                continue
                            }
                            end = position
                            position += 1
                            break
                        }
                        if b == newline { line += 1 }
                        position += 1
                    }
                    if end < 0 {
                        return .fatal(
                            .error(
                                SourceLocation(file: path, line: openLine, column: column(of: openOffset)),
                                "unbalanced quote: the quoted field that starts here is never closed, so the rest of the file would be swallowed",
                                fix: "add the closing double quote, or write a quote inside a field as two quotes (\"\")"))
                    }
                    // After the closing quote: optional spaces, then a comma, a line end or the end.
                    while position < n, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == cr { position += 1 }
                    if position < n, bytes[position] != comma, bytes[position] != newline {
                        let diagnostic = Diagnostic.error(
                            SourceLocation(file: path, line: line, column: column(of: position)),
                            "unexpected text after the closing quote of a field"
                                + (openLine != line ? " (the quote opened on line \(openLine) may be unbalanced)" : ""),
                            fix: "put the whole field in quotes and write quotes inside it as two quotes (\"\")")
                        skipLine()
                        return .bad(diagnostic)
                    }
                    record.fields.append(Field(start: start, end: end, quoted: true, escaped: escaped))
                } else {
                    let start = position
                    while position < n {
                        let b = bytes[position]
                        if b == comma || b == newline { break }
                        if b == quote {
                            let diagnostic = Diagnostic.error(
                                SourceLocation(file: path, line: line, column: column(of: position)),
                                "stray double quote inside an unquoted field",
                                fix: "put the whole field in double quotes and write the quote as two quotes (\"\")")
                            skipLine()
                            return .bad(diagnostic)
                        }
                        position += 1
                    }
                    var end = position
                    if end > start, bytes[end - 1] == cr { end -= 1 }
                    record.fields.append(Field(start: start, end: end, quoted: false, escaped: false))
                }
                if position < n, bytes[position] == comma {
                    position += 1
                    if position >= n {
                        record.fields.append(Field(start: position, end: position, quoted: false, escaped: false))
                        return .record(record)
                    }
                    continue
                }
                if position < n, bytes[position] == newline {
                    position += 1
                    line += 1
                }
                return .record(record)
            }
        }
    }
}
