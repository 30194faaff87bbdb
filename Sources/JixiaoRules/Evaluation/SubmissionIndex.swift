import JixiaoCore

/// The submitted assessment stages (`assessments.csv`) of each employee, found without
/// copying them: the rows' indices grouped by employee (a stable counting sort, so each
/// employee's rows keep their file order) over the content's own array.
struct SubmissionIndex: Sendable {
    /// The content's submissions (shared, not copied).
    private let submissions: [AssessmentSubmission]
    /// Where each employee's indices start in ``order`` (one more entry than employees).
    private let starts: [Int32]
    /// Indices into ``submissions``, grouped by employee.
    private let order: [Int32]

    /// Groups `submissions` by employee index (`0..<employees`; rows outside are left out).
    init(_ submissions: [AssessmentSubmission], employees: Int) {
        var starts = [Int32](repeating: 0, count: employees + 1)
        for s in submissions where s.employee >= 0 && s.employee < employees { starts[s.employee + 1] += 1 }
        for e in 0..<employees { starts[e + 1] += starts[e] }
        var next = starts
        var order = [Int32](repeating: 0, count: Int(starts[employees]))
        for (i, s) in submissions.enumerated() where s.employee >= 0 && s.employee < employees {
            order[Int(next[s.employee])] = Int32(i)
            next[s.employee] += 1
        }
        self.submissions = submissions
        self.starts = starts
        self.order = order
    }

    /// The stages `employee` handed in for `month`, in file order.
    func of(_ employee: Int, in month: Month) -> [AssessmentSubmission] {
        guard employee >= 0, employee + 1 < starts.count else { return [] }
        return order[Int(starts[employee])..<Int(starts[employee + 1])].lazy
            .map { submissions[Int($0)] }.filter { $0.month == month }
    }
}
