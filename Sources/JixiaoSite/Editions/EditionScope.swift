import JixiaoCore
import JixiaoRules

/// The departments a department's edition covers: the department and every department below it.
///
/// Who is in scope is decided month by month: a person-month is in scope when the person's
/// department that month (after transfers) is one of ``departments``; a quarter or a year is in
/// scope when the department at the end of the period is (the department the analytics count
/// the person for). So a person who moved into the department appears from the month of the
/// move, and one who moved out appears up to the month before.
public struct EditionScope: Sendable, Hashable {
    /// The edition's department id.
    public let root: String
    /// The department and all its sub-departments.
    public let departments: Set<String>

    /// The scope of department `id` in `organisation`; an error with a did-you-mean for an unknown id.
    public init(department id: String, in organisation: Organisation) throws(DiagnosticError) {
        guard organisation.departmentIndex[id] != nil else {
            let known = organisation.departments.map(\.id)
            throw DiagnosticError(
                .error(
                    SourceLocation(file: "--edition"), "there is no department \(id) in departments.csv",
                    fix: Suggest.closest(to: id, in: known).map { "did you mean department:\($0)?" }
                        ?? "use one of: \(known.map { "department:\($0)" }.joined(separator: ", "))"))
        }
        root = id
        departments = Set(organisation.departments.filter { organisation.departmentChain($0.id).contains(id) }.map(\.id))
    }

    /// Whether a department id is in scope.
    public func contains(_ department: String) -> Bool { departments.contains(department) }

    /// The department editions `--all-editions` makes: the ones declared in `site.yaml`, or
    /// every top-level department.
    public static func declared(_ content: Content) -> [String] {
        content.settings.editions.departments ?? content.organisation.departments.filter { $0.parent == nil }.map(\.id)
    }
}
