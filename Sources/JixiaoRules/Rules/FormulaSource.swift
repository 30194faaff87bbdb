import JixiaoCore
import JixiaoMarkdown
/// A formula as written in front matter, with the place of its first character.
public struct FormulaSource: Sendable, Hashable {
    /// The formula text.
    public var text: String
    /// Where it starts in the policy file.
    public var location: SourceLocation

    /// Creates a formula source.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
