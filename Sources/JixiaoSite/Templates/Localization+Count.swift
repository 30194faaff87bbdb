/// Patterns that name a count (issue: "1 days late" on English pages).
extension Localization {
    /// The pattern `key` for a count: `key_one` when `count` is 1 and the locale defines it
    /// (`1 day late`), else `key` (`3 days late`; Chinese needs no singular form).
    public func format(_ key: String, count: Int, _ values: KeyValuePairs<String, String>) -> String {
        let one = key + "_one"
        return format(count == 1 && strings[one] != nil ? one : key, values)
    }
}
