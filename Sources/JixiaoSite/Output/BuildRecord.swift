import JixiaoCore

/// What a published site remembers about the build that made it (in its ``SiteManifest``):
/// the input fingerprint, the interface language and the warnings, so that a rebuild of the
/// same input can say "up to date" and repeat the warnings without rendering anything.
public struct BuildRecord: Sendable, Equatable {
    /// The input fingerprint (``InputFingerprint``), 32 hexadecimal digits; empty when unknown.
    public var input: String
    /// The interface language of the site.
    public var locale: String
    /// The warnings of the build.
    public var warnings: [Diagnostic]

    /// A record.
    public init(input: String, locale: String, warnings: [Diagnostic]) {
        self.input = input
        self.locale = locale
        self.warnings = warnings
    }
}
