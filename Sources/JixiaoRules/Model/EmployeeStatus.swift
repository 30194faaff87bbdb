import JixiaoCore
import JixiaoMarkdown
/// Where a person stands in the company in a given month.
public enum EmployeeStatus: String, Sendable, Hashable {
    /// On probation (试用).
    case trial
    /// Regular staff (正式).
    case regular
    /// Temporary staff (临时): never assessed.
    case temporary
    /// Has left (离职).
    case left

    /// Parses the English or Chinese word used in `employees.csv`.
    public init?(parsing text: String) {
        switch text.trimmingSpaces.lowercased() {
        case "trial", "试用", "试用期": self = .trial
        case "regular", "正式", "转正": self = .regular
        case "temporary", "temp", "临时", "临时工": self = .temporary
        case "left", "离职", "已离职": self = .left
        default: return nil
        }
    }
}
