import JixiaoCore
import JixiaoMarkdown
/// A person in `employees.csv`, with every attribute a policy can use.
public struct Employee: Sendable, Hashable {
    /// Unique id, e.g. `E0001`.
    public var id: String
    /// Display name.
    public var name: String
    /// Department id **now** (earlier months may differ; see `Organisation.department(of:in:)`).
    public var department: String
    /// Role id now, e.g. `cs-agent`.
    public var role: String
    /// Direct manager's employee id.
    public var manager: String?
    /// First day in the company.
    public var hireDate: Day
    /// Status as recorded now.
    public var status: EmployeeStatus
    /// Day the trial ended, when known.
    public var regularDate: Day?
    /// Last day in the company, for leavers.
    public var leaveDate: Day?
    /// Monthly base pay from the contract.
    public var baseSalary: DecimalNumber?
    /// Numeric attributes from extra columns (e.g. `position_pay`), by lower-case column name.
    public var attributes: [String: DecimalNumber]
    /// Text attributes from extra columns (e.g. `shift`), by lower-case column name.
    public var textAttributes: [String: String]
    /// The row that defines the person.
    public var location: SourceLocation

    /// Creates an employee.
    public init(
        id: String, name: String, department: String, role: String, manager: String? = nil,
        hireDate: Day, status: EmployeeStatus, regularDate: Day? = nil, leaveDate: Day? = nil,
        baseSalary: DecimalNumber? = nil, attributes: [String: DecimalNumber] = [:],
        textAttributes: [String: String] = [:], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.department = department
        self.role = role
        self.manager = manager
        self.hireDate = hireDate
        self.status = status
        self.regularDate = regularDate
        self.leaveDate = leaveDate
        self.baseSalary = baseSalary
        self.attributes = attributes
        self.textAttributes = textAttributes
        self.location = location
    }

    /// First month the person can have data.
    public var firstMonth: Month { hireDate.monthValue }

    /// Last month the person can have data (`nil` while employed).
    public var lastMonth: Month? { leaveDate?.monthValue }

    /// Whether the person was employed at some point of `month`.
    public func isEmployed(in month: Month) -> Bool {
        if month < firstMonth { return false }
        if let last = lastMonth, month > last { return false }
        return true
    }

    /// Status in a given month: `left` after the leave month, `trial` while on trial at the
    /// month's first day, `temporary` for temporary staff, else `regular`.
    public func status(in month: Month) -> EmployeeStatus {
        if let last = lastMonth, month > last { return .left }
        if status == .temporary { return .temporary }
        if let regularDate {
            return regularDate > month.firstDay ? .trial : .regular
        }
        if status == .trial { return .trial }
        return .regular
    }

    /// Whole months of service at the end of `month` (counted to the next month's first day).
    public func tenureMonths(at month: Month) -> Int {
        max(0, hireDate.fullMonths(to: month.next.firstDay))
    }
}
