import JixiaoRules

extension Localization {
    /// A display text written in the content (an alert message, a reason not to assess, a
    /// badge requirement, a streak or pay item name, a version note, …) in the interface
    /// language: on an English site the English twin the content gives for it (`message_en`
    /// beside `message`, `name_en` beside `name`, …), or the text itself when it gives none.
    /// A Chinese site shows the text as written.
    public func text(_ text: String) -> String {
        isChinese ? text : (contentEnglish[text] ?? text)
    }

    /// This localization knowing the English twins of every display text in `versions` and
    /// their version notes (`changes_en`); the first twin given for a Chinese text is the one
    /// used. A Chinese localization is returned as it is.
    public func withContentEnglish(_ versions: [CompiledVersion]) -> Localization {
        guard !isChinese else { return self }
        var copy = self
        for version in versions {
            for (chinese, english) in version.rules.englishTwins where copy.contentEnglish[chinese] == nil {
                copy.contentEnglish[chinese] = english
            }
            if let changes = version.changes, let english = version.changesEN, copy.contentEnglish[changes] == nil {
                copy.contentEnglish[changes] = english
            }
        }
        return copy
    }
}
