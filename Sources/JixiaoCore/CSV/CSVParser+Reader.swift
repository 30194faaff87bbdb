import Foundation

extension CSVParser {
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

        /// Reads the next record: fields up to a line end outside quotes, or the end.
        package mutating func nextRecord() -> Outcome {
            let comma = UInt8(ascii: ","), newline: UInt8 = 0x0A
            let n = bytes.count
            var record = Record(line: line, start: position, fields: [])
            while true {
                let outcome = position < n && bytes[position] == UInt8(ascii: "\"") ? quotedField() : unquotedField()
                switch outcome {
                case .field(let field): record.fields.append(field)
                case .bad(let diagnostic): return .bad(diagnostic)
                case .fatal(let diagnostic): return .fatal(diagnostic)
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
