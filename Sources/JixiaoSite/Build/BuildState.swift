import JixiaoCore
import JixiaoMarkdown
import JixiaoRules

/// What the stages of a build hand on to each other. Each part is `nil` until the stage that
/// makes it has run; a later stage asks for it with ``need(_:_:)``.
public struct BuildState: Sendable {
    /// The progress reporter (stages with many units of work advance it).
    public let progress: BuildProgress
    /// The content, cut off at the build's month.
    public internal(set) var content: Content?
    /// The month the site is built for.
    public internal(set) var currentMonth: Month?
    /// Every rule's results.
    public internal(set) var results: Results?
    /// Rankings, roll-ups and trends.
    public internal(set) var analytics: Analytics?
    /// The templates.
    public internal(set) var templates: TemplateSet?
    /// The interface strings.
    public internal(set) var localization: Localization?
    /// The input fingerprint (``InputFingerprint``), recorded in the site manifest.
    public internal(set) var input = ""
    /// The hash of each input group (``InputGroups``), recorded in the site manifest.
    public internal(set) var groups: [String: String] = [:]
    /// Each policy's rule tables by file and name (see ``PolicyShells``).
    var policyTables: [String: [String: String]] = [:]
    /// How many of the warnings, at the end, came from the policy bodies.
    var bodyWarnings = 0
    /// Warnings met on the way.
    public internal(set) var warnings: [Diagnostic] = []
    /// Everything the pages read, complete once the policies are rendered.
    var site: SiteContext?
    /// The edition the pages are made for (set by the edition stage; see Editions/).
    public internal(set) var edition: Edition?
    /// The pages a department's edition copies from the company edition instead of rendering
    /// them (`--all-editions` only; see ``EditionSharing``).
    var sharing: EditionSharing?

    /// An empty state.
    init(progress: BuildProgress) { self.progress = progress }

    /// A part an earlier stage made; an error (a bug in the stage list) when it did not.
    public func need<T>(_ part: T?, _ name: String) throws(DiagnosticError) -> T {
        guard let part else {
            throw DiagnosticError(
                .error(
                    SourceLocation(file: "build"), "a build stage needs the \(name), which no earlier stage made",
                    fix: "report this as a bug"))
        }
        return part
    }
}
