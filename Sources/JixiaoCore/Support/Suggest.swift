/// "Did you mean …?" suggestions by edit distance.
public enum Suggest {
    /// The candidate closest to `word` when it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        // No typo makes a name this long: skip the quadratic work (100,000 characters took seconds).
        guard word.count <= longestWord else { return nil }
        let lower = word.lowercased()
        var best: (String, Int)? = nil
        for candidate in candidates {
            let d = distance(lower, candidate.lowercased())
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        return d <= max(1, min(3, word.count / 3)) ? candidate : nil
    }

    /// The longest word a suggestion is looked for.
    public static let longestWord = 64

    /// Levenshtein distance over characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
