extension Localization {
    /// The indent of a sub-item `depth` levels down in a table's first column: an ideographic
    /// space per level on a Chinese site, two no-break spaces per level otherwise (an English
    /// page carries no full-width characters).
    func indent(_ depth: Int) -> String {
        String(repeating: isChinese ? "\u{3000}" : "\u{00A0}\u{00A0}", count: depth)
    }
}
