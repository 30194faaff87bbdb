/// How serious a diagnostic is: an error stops a build, a warning does not.
public enum Severity: String, Sendable, Hashable, Codable {
    /// The content cannot be used as it is.
    case error
    /// The content works but is probably not what the author meant.
    case warning
}
