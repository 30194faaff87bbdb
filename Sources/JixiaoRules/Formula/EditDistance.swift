import JixiaoCore
import JixiaoMarkdown
/// Optimal-string-alignment edit distance (insertions, deletions, substitutions and
/// swaps of neighbours each cost 1), for "did you mean …?" suggestions.
enum EditDistance {
    /// The distance between two words, compared case-insensitively.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var row = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = Swift.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = Swift.min(best, previous2[j - 2] + 1)
                }
                row[j] = best
            }
            previous2 = previous
            previous = row
        }
        return previous[y.count]
    }

    /// The candidate closest to `word`, when close enough to be a plausible typo.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        guard word.count <= Suggest.longestWord else { return nil }
        let limit = Swift.max(1, Swift.min(3, word.count / 3 + 1))
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(word, candidate)
            guard d <= limit else { continue }
            if let current = best, current.1 < d || (current.1 == d && current.0 <= candidate) { continue }
            best = (candidate, d)
        }
        return best?.0
    }
}
