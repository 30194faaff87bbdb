/// Turns heading text into an HTML id, the way Hugo does for Chinese and other scripts.
///
/// Letters and digits of any script are kept as they are (Chinese characters stay
/// Chinese), ASCII letters are lowercased, every run of spaces and punctuation becomes a
/// single `-`, and `-` is trimmed from both ends. Text with no letter or digit gives
/// `section`.
public enum HeadingSlug {
    /// The slug of `text`, e.g. `"3.1 病假（Sick Leave）"` → `"3-1-病假-sick-leave"`.
    public static func slug(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                if character.isASCII {
                    out.append(Character(character.lowercased()))
                } else {
                    out.append(character)
                }
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}
