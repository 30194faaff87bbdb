/// Safe path segments for file names derived from data: lower-case ASCII letters, digits and
/// `-` only, so a name can never leave the output folder (`..`, `/`, `\` are impossible).
public enum Slug {
    /// The slug of an id; ids that slug to nothing get a stable hex form of their bytes.
    public static func make(_ text: String) -> String {
        var result = ascii(text)
        if result.isEmpty {
            result = "x" + text.utf8.map { String($0, radix: 16) }.joined()
        }
        return String(result.prefix(80))
    }

    /// Lower-case ASCII letters and digits, runs of anything else as one `-`, no `-` at the
    /// ends; may be empty.
    public static func ascii(_ text: String) -> String {
        var result = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
                dash = false
            } else if !result.isEmpty && !dash {
                result += "-"
                dash = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
