import JixiaoCore
import JixiaoMarkdown
/// Something a manager should look at.
public struct Alert: Sendable, Hashable {
    /// What raised it.
    public var kind: Kind
    /// Id of the rule that raised it (when any).
    public var rule: String
    /// How urgent it is.
    public var severity: Severity
    /// Message shown.
    public var message: String
    /// The month.
    public var month: Month
    /// The person (employee index), when it concerns one.
    public var employee: Int?
    /// The department id.
    public var department: String
    /// The policy (index) whose rule raised it.
    public var policy: Int?
    /// For a grade-distribution alert, the figures behind `message`.
    public var share: AlertShare? = nil
}
