/// A parsed CSV file that remembers where every row and field came from.
///
/// Fields are kept as byte ranges into the file's UTF-8 text and turned into strings or
/// numbers only when asked, so a 100,000-row export costs little more than its bytes.
public struct CSVTable: Sendable {
    /// Path relative to the content folder (for messages).
    public let path: String
    /// Encoding the file was found in.
    public let encoding: TextDecoding.Encoding
    /// The file's text as UTF-8 bytes (BOM removed).
    let bytes: [UInt8]
    /// Header names, trimmed and lower-cased.
    public let header: [String]
    /// Header names as written.
    public let rawHeader: [String]
    /// Line of the header row.
    public let headerLine: Int
    /// Byte offset of the header row.
    let headerStart: Int
    /// Byte offset of each header field.
    let headerFieldStarts: [Int]
    /// Line on which each data row starts.
    var rowLines: [Int32] = []
    /// Index into the field arrays of each row's first field.
    var rowFirstField: [Int32] = []
    /// Byte offset where each field starts (after an opening quote).
    var fieldStarts: [Int32] = []
    /// Byte offset where each field ends (before a closing quote).
    var fieldEnds: [Int32] = []
    /// Whether the field was quoted and contains a doubled quote that must be unescaped.
    var fieldHasEscapes: [Bool] = []
    /// Whether the field was quoted.
    var fieldQuoted: [Bool] = []
    /// Byte offset where each data row starts.
    var rowStarts: [Int32] = []

    init(
        path: String, encoding: TextDecoding.Encoding, bytes: [UInt8], header: [String], rawHeader: [String],
        headerLine: Int, headerStart: Int, headerFieldStarts: [Int]
    ) {
        self.headerStart = headerStart
        self.headerFieldStarts = headerFieldStarts
        self.path = path
        self.encoding = encoding
        self.bytes = bytes
        self.header = header
        self.rawHeader = rawHeader
        self.headerLine = headerLine
    }

    /// Number of data rows (blank lines excluded).
    public var rowCount: Int { rowLines.count }

    /// Line on which data row `row` starts.
    public func line(ofRow row: Int) -> Int { Int(rowLines[row]) }

    /// Index of a column by (lower-case) name.
    public func column(named name: String) -> Int? { header.firstIndex(of: name) }

    @inline(__always)
    private func fieldIndex(_ row: Int, _ column: Int) -> Int { Int(rowFirstField[row]) + column }

    /// The raw UTF-8 bytes of a field (quotes removed, doubled quotes not yet unescaped).
    @inline(__always)
    func fieldBytes(_ row: Int, _ column: Int) -> ArraySlice<UInt8> {
        let f = fieldIndex(row, column)
        return bytes[Int(fieldStarts[f])..<Int(fieldEnds[f])]
    }

    /// The text of a field, unescaped and trimmed of surrounding spaces.
    public func string(_ row: Int, _ column: Int) -> String {
        let f = fieldIndex(row, column)
        var text = String(decoding: bytes[Int(fieldStarts[f])..<Int(fieldEnds[f])], as: UTF8.self)
        if fieldHasEscapes[f] { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
        return text.trimmingSpaces
    }

    /// The trimmed text of a cell in an optional column: `nil` when the table has no such
    /// column or the cell is empty.
    public func optionalString(_ row: Int, _ column: Int?) -> String? {
        guard let column else { return nil }
        let text = string(row, column)
        return text.isEmpty ? nil : text
    }

    /// ``optionalString(_:_:)`` by column name.
    public func optionalString(_ row: Int, named name: String) -> String? {
        optionalString(row, column(named: name))
    }

    /// Whether a field is empty (or only spaces).
    public func isEmpty(_ row: Int, _ column: Int) -> Bool {
        fieldBytes(row, column).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A field read as a number: `.empty` for an empty cell, `.invalid` when it is not a number.
    public func number(_ row: Int, _ column: Int) -> CSVNumber {
        let slice = fieldBytes(row, column)
        if let fast = CSVNumber.parseASCII(slice) { return fast }
        let text = string(row, column)
        if text.isEmpty { return .empty }
        if let value = DecimalNumber(parsing: text) { return .value(value) }
        return .invalid(text)
    }

    /// Where a field is, as a text editor counts lines and columns (characters, from 1);
    /// a quoted field is located at its opening quote.
    public func location(_ row: Int, _ column: Int) -> SourceLocation {
        let f = fieldIndex(row, column)
        let start = Int(fieldStarts[f]) - (fieldQuoted[f] ? 1 : 0)
        return locate(offset: start, rowStart: Int(rowStarts[row]), rowLine: Int(rowLines[row]))
    }

    /// Location of the whole row (its first line).
    public func location(ofRow row: Int) -> SourceLocation {
        SourceLocation(file: path, line: Int(rowLines[row]))
    }

    /// Location of a header cell.
    public func location(ofHeader column: Int) -> SourceLocation {
        guard column < headerFieldStarts.count else { return SourceLocation(file: path, line: headerLine) }
        return locate(offset: headerFieldStarts[column], rowStart: headerStart, rowLine: headerLine)
    }

    /// Line and column of a byte offset inside a row that starts at `rowStart` on `rowLine`.
    func locate(offset: Int, rowStart: Int, rowLine: Int) -> SourceLocation {
        var line = rowLine
        var lineStart = rowStart
        var i = rowStart
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
