import JixiaoCore
/// A link in a page that points to a policy file (`leave.md`, `leave.md#病假`) or to a
/// heading of the same page (`#本页标题`); these are checked and rewritten at render time.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written (after cmark's entity and backslash processing).
    public var destination: String
    /// The target file relative to the content root (the linking file's folder joined
    /// with the written path, `.` and `..` resolved), or `nil` for a same-page link.
    public var file: String?
    /// The heading part after `#`, percent-decoded, or `nil`.
    public var fragment: String?
    /// Where the link starts.
    public var location: SourceLocation

    /// Creates a link record.
    public init(destination: String, file: String?, fragment: String?, location: SourceLocation) {
        self.destination = destination
        self.file = file
        self.fragment = fragment
        self.location = location
    }
}
