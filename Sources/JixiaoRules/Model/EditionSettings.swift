import JixiaoCore

/// The `editions:` block of `site.yaml`: which departments get an edition of their own in
/// `jixiao build --all-editions`, and which company-wide figures a department's edition may show.
public struct EditionSettings: Sendable, Hashable {
    /// A company-wide figure a department head may see in their edition.
    public enum CompanyFigure: String, Sendable, Hashable, CaseIterable {
        /// The company's mean normalized score of a ranking's period.
        case average
        /// How many people the company-wide ranking holds.
        case personCount = "person_count"
        /// How many people of the company got each grade.
        case gradeCounts = "grade_counts"
    }

    /// Department ids that get an edition (`nil`: every top-level department).
    public var departments: [String]?
    /// Where each declared department id is written (for messages), in the order of `departments`.
    public var departmentLocations: [SourceLocation]
    /// The company-wide figures a department's edition shows (default: average and person count).
    public var companyFigures: Set<CompanyFigure>

    /// The safe default: every top-level department, with the company average and person count.
    public init(
        departments: [String]? = nil, departmentLocations: [SourceLocation] = [],
        companyFigures: Set<CompanyFigure> = [.average, .personCount]
    ) {
        self.departments = departments
        self.departmentLocations = departmentLocations
        self.companyFigures = companyFigures
    }
}
