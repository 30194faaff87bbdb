import JixiaoCore
extension PersonMonthResult {
    /// Adds an alert about this person in this month (their department that month).
    mutating func raise(_ kind: Alert.Kind, _ rule: String, _ severity: Alert.Severity, _ message: String, policy: Int?) {
        alerts.append(
            Alert(
                kind: kind, rule: rule, severity: severity, message: message, month: month,
                employee: employee, department: department, policy: policy))
    }
}
