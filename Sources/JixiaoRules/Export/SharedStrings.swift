import JixiaoCore

/// The repeated strings of one split results file (`strings`, docs/results-schema.md): each
/// distinct string once, in order of first use, so that a table cell in a coded column is
/// its index (`"assessment-calendar"` → `3`) instead of the text again in every row.
struct SharedStrings: Sendable {
    /// The distinct strings in order of first use (the file's `strings`).
    private(set) var strings: [String] = []
    private var positions: [String: Int] = [:]

    /// The index of `s` in ``strings``, adding it the first time.
    mutating func index(_ s: String) -> Int {
        if let i = positions[s] { return i }
        positions[s] = strings.count
        strings.append(s)
        return strings.count - 1
    }

    /// Writes `s` as its index (null for nil).
    mutating func write(_ s: String?, to w: inout JSONWriter) {
        w.int(nil, s.map { index($0) })
    }

    /// Writes `values` as an array of their indices.
    mutating func write(_ values: [String], to w: inout JSONWriter) {
        w.beginArray()
        for v in values { w.int(nil, index(v)) }
        w.endArray()
    }
}
