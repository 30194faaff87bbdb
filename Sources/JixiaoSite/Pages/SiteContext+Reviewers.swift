import JixiaoCore
import JixiaoRules

extension SiteContext {
    /// Who handed in a stage of person `e`'s assessment, for the assessment status lists
    /// (`" · 评价人 李雷"`): empty when nobody is recorded or the person handed it in
    /// themselves; in a department's edition a reviewer outside it is "a manager in another
    /// department", never named.
    func reviewerNote(_ stage: StageStatus, of e: Int) -> String {
        let name: String
        if stage.reviewerOutside {
            name = loc["calendar_reviewer_outside"]
        } else if let id = stage.reviewer, id != content.organisation.employees[e].id {
            name = content.organisation.employeeIndex[id].map(employeeName) ?? id
        } else {
            return ""
        }
        return " · " + loc.format("calendar_reviewer", ["name": name])
    }
}
