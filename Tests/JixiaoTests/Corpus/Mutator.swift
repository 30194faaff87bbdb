/// Mutations of a valid input for the fuzz test: byte flips, inserted quotes, commas,
/// newlines, NULs and syntax characters, very long fields, deep nesting, random UTF-8,
/// deletions, duplications and truncations.
struct Mutator: Sendable {
    /// Text that means something in the input's syntax (inserted whole).
    let tokens: [String]
    /// An opening and closing text that nest (`[`/`]`, `(`/`)`, `{{#a}}`/`{{/a}}`).
    let nesting: (open: String, close: String)
    /// Lengths of the very long fields inserted.
    var longFields = [100, 5_000, 100_000]

    /// `bytes` with one to three mutations.
    func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...3, using: &rng) { result = once(result, &rng) }
        return result
    }

    private func once(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
        switch Int.random(in: 0..<11, using: &rng) {
        case 0 where !bytes.isEmpty:
            let index = Int.random(in: 0..<bytes.count, using: &rng)
            bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
        case 1:
            let special: [String] = ["\"", ",", "\n", "\r", "\0", "\t", "\r\n", "'", ":", "#", "\u{FEFF}", "\u{3000}"]
            bytes.insert(contentsOf: Array(special.randomElement(using: &rng)!.utf8), at: at)
        case 2:
            bytes.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: at)
        case 3:
            let length = longFields.randomElement(using: &rng)!
            bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: length), at: at)
        case 4:
            let depth = Int.random(in: 50...3_000, using: &rng)
            let text =
                String(repeating: nesting.open, count: depth) + "1"
                + String(repeating: nesting.close, count: Int.random(in: 0...depth, using: &rng))
            bytes.insert(contentsOf: Array(text.utf8), at: at)
        case 5:
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let value = UInt32.random(in: 0...0x10FFFF, using: &rng)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
            bytes.insert(contentsOf: Array(text.utf8), at: at)
        case 6:
            bytes.insert(
                contentsOf: (0..<Int.random(in: 1...6, using: &rng)).map { _ in UInt8.random(in: 0x80...0xFF, using: &rng) }, at: at)
        case 7 where !bytes.isEmpty:
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...40, using: &rng)))
        case 8 where !bytes.isEmpty:
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            let piece = bytes[start..<min(bytes.count, start + Int.random(in: 1...60, using: &rng))]
            bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &rng))
        case 9:
            bytes = Array(bytes.prefix(at))
        default:
            bytes.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: at)
            bytes.insert(contentsOf: Array("\n".utf8), at: min(at, bytes.count))
        }
        return bytes
    }
}
