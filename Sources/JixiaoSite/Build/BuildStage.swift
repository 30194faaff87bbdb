import JixiaoCore

/// One named stage of a site build. Every stage has the same shape: it reads what earlier
/// stages left in the ``BuildState``, adds its own part, and returns a one-line summary for
/// the progress report. ``SiteBuilder`` runs the stages in order, timing and reporting each.
public struct BuildStage: Sendable {
    /// The name shown in the progress report (`load content`, `rules`, `pages` …).
    public let name: String
    /// The stage's work; returns the summary shown after the name.
    public let run: @Sendable (inout BuildState) throws(DiagnosticError) -> String

    /// A stage.
    public init(_ name: String, _ run: @escaping @Sendable (inout BuildState) throws(DiagnosticError) -> String) {
        self.name = name
        self.run = run
    }
}
