import JixiaoCore

/// What a published site remembers about the build that made it (in its ``SiteManifest``):
/// the input fingerprint, the interface language and the warnings, so that a rebuild of the
/// same input can say "up to date" and repeat the warnings without rendering anything; and
/// the hash of each input group with the policy shells, so that a rebuild after an edit of
/// policy bodies only renders just what the bodies reach.
public struct BuildRecord: Sendable, Equatable {
    /// The input fingerprint (``InputFingerprint``), 32 hexadecimal digits; empty when unknown.
    public var input: String
    /// The interface language of the site.
    public var locale: String
    /// The warnings of the build.
    public var warnings: [Diagnostic]
    /// The hash of each input group (``InputGroups``); empty when unknown.
    public var groups: [String: String] = [:]
    /// The text of the policy shells file (``PolicyShells``); empty when there is none.
    public var shells: String = ""

    /// A record.
    public init(input: String, locale: String, warnings: [Diagnostic]) {
        self.input = input
        self.locale = locale
        self.warnings = warnings
    }
}
