import JixiaoCore
/// Turns heading text into an HTML id, the way Hugo does for Chinese and other scripts.
///
/// Letters and digits of any script are kept as they are (Chinese characters stay
/// Chinese), ASCII letters are lowercased, every run of spaces and punctuation becomes a
/// single `-`, and `-` is trimmed from both ends. Text with no letter or digit gives
/// `section`.
public enum HeadingSlug {
    /// The slug of `text`, e.g. `"3.1 病假（Sick Leave）"` → `"3-1-病假-sick-leave"`.
    public static func slug(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingDash = false
        var keptPrevious = false
        for scalar in text.unicodeScalars {
            let keep: Bool
            if scalar.isASCII {
                let value = scalar.value
                keep = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber:
                    keep = true
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    // A combining mark belongs to the letter before it.
                    keep = keptPrevious
                default:
                    keep = false
                }
            }
            if keep {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                if scalar.value >= 0x41 && scalar.value <= 0x5A, let lower = Unicode.Scalar(scalar.value + 0x20) {
                    out.append(lower)
                } else {
                    out.append(scalar)
                }
            } else {
                pendingDash = true
            }
            keptPrevious = keep
        }
        return out.isEmpty ? "section" : String(out)
    }
}
