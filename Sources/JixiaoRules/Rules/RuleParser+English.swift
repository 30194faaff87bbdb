import JixiaoCore

extension RuleParser {
    /// The English twin of a display text in a rule entry: the value of `<key>_en` (e.g.
    /// `message_en` beside `message`), shown on English sites in place of the Chinese text.
    /// A twin that is not text, is empty, or stands beside no `<key>` is an error at the twin.
    func english(_ map: [String: YAMLValue], _ key: String, _ diagnostics: inout Diagnostics) -> String? {
        let twin = key + "_en"
        guard let value = map[twin], let text = value.string(twin, &diagnostics) else { return nil }
        if map[key] == nil {
            diagnostics.error(
                value.location, "\(twin) gives the English of \(key), but there is no \(key)",
                fix: "add  \(key): …  in Chinese beside it, or remove \(twin)")
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.error(
                value.location, "\(twin) is empty", fix: "write the English text, or remove \(twin) to show the Chinese \(key)")
            return nil
        }
        return text
    }
}
