import JixiaoCore

extension PersonEvaluator {
    /// The versions that apply to a person in a month, by kind, with the department index:
    /// kept from month to month while the versions in force, the department, the role and the
    /// status stay the same (most months), so they are not filtered again each month.
    struct Applicable {
        /// Id of the set of versions in force (``EngineShared/inForceEpochs``).
        var epoch: Int
        /// Department id, role and status they were worked out for.
        var department: String, role: String, status: EmployeeStatus
        /// Index of the department in the organisation.
        var departmentIndex: Int
        /// Applicable versions (person scorecards only), then those with a scorecard, a pay plan, a ladder.
        var all: [Int], scorecards: [Int], pays: [Int], ladders: [Int]
    }

    /// The applicable versions for `month`: `last` when nothing they depend on changed, else
    /// worked out again (and stored in `last`).
    func applicable(
        month: Month, offset mo: Int, department: String, role: String, status: EmployeeStatus, last: inout Applicable?
    ) -> Applicable {
        let epoch = shared.inForceEpochs[mo]
        if let last, last.epoch == epoch, last.department == department, last.role == role, last.status == status {
            return last
        }
        let d = context.content.organisation.departmentIndex[department] ?? 0
        let all = personVersions.filter {
            shared.versions[$0].isInForce(month) && shared.matches($0, department: d, role: role, status: status)
        }
        let found = Applicable(
            epoch: epoch, department: department, role: role, status: status, departmentIndex: d, all: all,
            scorecards: all.filter { hasScorecard[$0] }, pays: all.filter { hasPay[$0] }, ladders: all.filter { hasLadder[$0] })
        last = found
        return found
    }
}
