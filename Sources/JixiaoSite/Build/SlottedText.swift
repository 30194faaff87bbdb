/// A text with named gaps: the pieces around each occurrence of a slot marker, so that the
/// text can be made again with other values in the gaps. Made by rendering a page with a
/// marker in place of a value (a marker of plain letters and digits, which escaping leaves
/// as it is) and checked by remaking the real page (see ``PolicyShells``).
struct SlottedText: Codable, Sendable, Equatable {
    /// The text between the slots: one more than `slots`.
    var pieces: [String]
    /// The index of the value each gap takes, in order.
    var slots: [Int]

    /// Splits `text` at every occurrence of the markers (marker `i` is value `i`).
    init(_ text: String, markers: [String]) {
        var pieces: [String] = []
        var slots: [Int] = []
        var rest = Substring(text)
        while true {
            let next = markers.enumerated().compactMap { i, m in rest.range(of: m).map { (i, $0) } }.min { $0.1.lowerBound < $1.1.lowerBound }
            guard let (slot, range) = next else { break }
            pieces.append(String(rest[..<range.lowerBound]))
            slots.append(slot)
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        self.pieces = pieces
        self.slots = slots
    }

    /// The text with `values[i]` in each gap of slot `i`.
    func filled(_ values: [String]) -> String {
        var out = pieces[0]
        for (k, slot) in slots.enumerated() { out += (slot < values.count ? values[slot] : "") + pieces[k + 1] }
        return out
    }
}
