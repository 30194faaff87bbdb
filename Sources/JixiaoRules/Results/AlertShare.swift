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
    /// For a group under `small_group.under` people: the size limit and the largest allowed
    /// count, which apply instead of the share.
    public var smallGroup: (under: Int, max: Int)?

    /// Creates the figures.
    public init(grades: [String], top: Int, assessed: Int, maxShare: DecimalNumber, smallGroup: (under: Int, max: Int)? = nil) {
        self.grades = grades
        self.top = top
        self.assessed = assessed
        self.maxShare = maxShare
        self.smallGroup = smallGroup
    }

    /// Equal when every figure is equal.
    public static func == (a: AlertShare, b: AlertShare) -> Bool {
        a.grades == b.grades && a.top == b.top && a.assessed == b.assessed && a.maxShare == b.maxShare
            && a.smallGroup?.under == b.smallGroup?.under && a.smallGroup?.max == b.smallGroup?.max
    }

    /// Hashes every figure.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(grades)
        hasher.combine(top)
        hasher.combine(assessed)
        hasher.combine(maxShare)
        hasher.combine(smallGroup?.under)
        hasher.combine(smallGroup?.max)
    }
}
