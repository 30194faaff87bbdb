import JixiaoCore
/// Line access to a Markdown source for diagnostics: cmark reports 1-based lines and byte
/// columns; diagnostics want character columns.
struct SourceLines {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == 0x0A { starts.append(index + 1) }
        }
        self.starts = starts
    }

    /// Number of lines.
    var count: Int { starts.count }

    /// The text of a 1-based line, without its line ending.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= starts.count else { return "" }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The 1-based character column (counted in Unicode scalars) of a 1-based byte column on a 1-based line.
    func characterColumn(line number: Int, byteColumn: Int) -> Int {
        guard number >= 1, number <= starts.count, byteColumn >= 1 else { return max(1, byteColumn) }
        let start = starts[number - 1]
        let end = min(bytes.count, start + byteColumn - 1)
        guard end > start else { return 1 }
        // Count scalars (every byte that does not continue a UTF-8 sequence).
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count + 1
    }
}
