import JixiaoCore
/// Gives each heading of one page a unique id: the slug, then `slug-1`, `slug-2`, … for
/// repeats, in document order, so ids are stable between builds.
public struct HeadingIDs: Sendable {
    private var used: Set<String> = []

    /// An empty set of ids.
    public init() {}

    /// The ids given so far.
    public var all: Set<String> { used }

    /// Returns a unique id for a heading with this text and records it.
    public mutating func makeID(for text: some StringProtocol) -> String {
        let base = HeadingSlug.slug(text)
        if used.insert(base).inserted { return base }
        var n = 1
        while true {
            let candidate = "\(base)-\(n)"
            if used.insert(candidate).inserted { return candidate }
            n += 1
        }
    }
}
