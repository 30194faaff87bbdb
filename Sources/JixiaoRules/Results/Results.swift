import JixiaoCore
import JixiaoMarkdown
/// The output of the rules stage: every person-month result, department results and alerts.
public struct Results: Sendable {
    /// The months covered, in order.
    public var months: [Month]
    /// Person results, grouped by employee (in employee order) and sorted by month.
    public var people: [PersonMonthResult]
    /// Range of `people` for each employee index.
    public var rangeOfEmployee: [Range<Int>]
    /// Department scorecard results.
    public var departments: [DepartmentMonthResult]
    /// Alerts not tied to one person (e.g. forced distribution), plus copies of person alerts.
    public var alerts: [Alert]
    /// The compiled rules (policy versions) that produced the results.
    public var versions: [CompiledVersion]

    /// The results of one employee, by month.
    public func results(ofEmployee index: Int) -> ArraySlice<PersonMonthResult> {
        people[rangeOfEmployee[index]]
    }

    /// One employee's result in one month.
    public func result(employee: Int, month: Month) -> PersonMonthResult? {
        position(employee: employee, month: month).map { people[$0] }
    }

    /// Where one employee's result in one month is in `people` (read it in place).
    public func position(employee: Int, month: Month) -> Int? {
        rangeOfEmployee[employee].first { people[$0].month == month }
    }
}
