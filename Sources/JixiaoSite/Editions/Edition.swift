import JixiaoCore
import JixiaoRules

/// Which need-to-know edition of the site a build makes: the staff edition (policies, no pay),
/// the company edition (everything, for HR), or one department's managers' edition (only the
/// people of that department and its sub-departments).
public enum Edition: Sendable, Hashable, CustomStringConvertible {
    /// Today's staff build.
    case staff
    /// Today's managers' build: the whole company.
    case company
    /// A managers' edition holding only this department (by id) and its sub-departments.
    case department(String)

    /// Reads `staff`, `company` or `department:<id>`; `nil` for anything else.
    public init?(parsing text: String) {
        switch text {
        case "staff": self = .staff
        case "company": self = .company
        default:
            guard text.hasPrefix("department:") else { return nil }
            let id = String(text.dropFirst("department:".count))
            guard !id.isEmpty else { return nil }
            self = .department(id)
        }
    }

    /// The edition an audience's build has always been.
    public init(audience: Audience) { self = audience == .staff ? .staff : .company }

    /// `staff`, `company` or `department:<id>` (what `--edition` reads).
    public var description: String {
        switch self {
        case .staff: "staff"
        case .company: "company"
        case .department(let id): "department:\(id)"
        }
    }

    /// Who the edition is for: staff, or managers (the company and department editions).
    public var audience: Audience { self == .staff ? .staff : .managers }

    /// The folder `--all-editions` writes the edition into: `staff`, `company` or the department's page name.
    public var folderName: String {
        switch self {
        case .staff: "staff"
        case .company: "company"
        case .department(let id): Slug.make(id)
        }
    }
}
