extension StringProtocol {
    /// The text as quoted in a diagnostic: at most `limit` characters (default 80), a longer
    /// text cut with "…" and its full length, so an error never echoes a 300,000-character field.
    package func quotedForMessage(limit: Int = 80) -> String {
        guard count > limit else { return "\"\(self)\"" }
        return "\"\(prefix(limit))…\" (\(count) characters)"
    }
}
