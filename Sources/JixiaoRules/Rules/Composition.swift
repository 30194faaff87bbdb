import JixiaoCore

/// A second composition of a person's month next to the main scorecard (`compositions:` in
/// a policy's rules), e.g. sales results 60 % + the department's evaluation 40 %: each part
/// is a 0–100 formula, the composition's score is Σ weight × part.
public struct Composition: Sendable {
    /// Stable id (results JSON).
    public var id: String
    /// Display name.
    public var name: String
    /// English display name.
    public var nameEN: String?
    /// The weighted parts; weights add up to 100 %.
    public var parts: [Part]
    /// Where it is declared.
    public var location: SourceLocation

    /// One weighted part of a composition.
    public struct Part: Sendable {
        /// Stable id.
        public var id: String
        /// Display name.
        public var name: String
        /// English display name.
        public var nameEN: String?
        /// Weight (0.6 for 60 %).
        public var weight: DecimalNumber
        /// The part's 0–100 value.
        public var formula: FormulaSource
    }
}
