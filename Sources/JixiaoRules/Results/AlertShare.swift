import JixiaoCore

/// The figures behind a grade-distribution alert, so that a site can phrase the message in
/// its own language: `top` of `assessed` people got one of `grades`, against `maxShare`.
public struct AlertShare: Sendable, Hashable {
    /// Grade ids counted as top grades.
    public var grades: [String]
    /// People in those grades.
    public var top: Int
    /// People assessed (the denominator).
    public var assessed: Int
    /// Largest allowed share, e.g. 0.2.
    public var maxShare: DecimalNumber

    /// Creates the figures.
    public init(grades: [String], top: Int, assessed: Int, maxShare: DecimalNumber) {
        self.grades = grades
        self.top = top
        self.assessed = assessed
        self.maxShare = maxShare
    }
}
