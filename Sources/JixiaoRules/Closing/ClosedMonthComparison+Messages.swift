import JixiaoCore

extension ClosedMonthComparison {
    /// How a change is fixed, the same for every figure of a closed month.
    static func fix(_ month: Month) -> String {
        "undo the change to the data or policy, or reopen the month first (jixiao close CONTENT --reopen \(month)); "
            + "a correction of a closed month is paid in a later month through adjustments.csv"
    }

    /// The first line: which month, when it was closed, and how much would change.
    static func headline(_ record: ClosedMonth, subjects: [[String]], changes: Int) -> Diagnostic {
        let people = subjects.count { $0[0] == "people" }
        return .error(
            SourceLocation(file: record.file, line: 1, column: 1),
            "\(record.month) was closed on \(record.closedOn), but the content now changes \(changes) of its published figures "
                + "(\(people) people, \(subjects.count - people) departments)",
            fix: fix(record.month))
    }

    /// Root cause first: item values, assessment, score, grade, coefficient, pay items,
    /// adjustments, pay total; department figures in the order of the period page.
    static func rootCauseFirst(_ a: Change, _ b: Change) -> Bool {
        let order = [
            "items", "assessment", "score", "grade", "coefficient", "pay", "adjustments", "head_count", "assessed",
            "not_assessed", "mean", "grades", "scorecard", "pay_total",
        ]
        let ra = order.firstIndex(of: a.keys[0]) ?? order.count, rb = order.firstIndex(of: b.keys[0]) ?? order.count
        return ra != rb ? ra < rb : a.keys.lexicographicallyPrecedes(b.keys)
    }

    /// Names of people, from the content now or else from the record.
    static func names(_ record: ClosedMonth, _ now: [ClosedFigure]) -> [String: String] {
        var names: [String: String] = [:]
        for f in record.figures + now where f.path.count == 3 && f.path[0] == "people" && f.path[2] == "name" {
            names[f.path[1]] = f.value
        }
        return names
    }

    /// One person's or department's changes as one error at `line` of the record.
    static func describe(_ subject: [String], _ changes: [Change], record: ClosedMonth, line: Int, names: [String: String]) -> Diagnostic {
        let who =
            subject[0] == "people"
            ? "\(names[subject[1]].map { $0 + " " } ?? "")(\(subject[1]))" : "department \(subject[1])"
        let list = changes.map { c in
            "\(c.keys.joined(separator: ".")) \(c.published ?? "(none)") → \(c.now ?? "(none)")"
        }
        return .error(
            SourceLocation(file: record.file, line: line, column: 1),
            "closed month \(record.month), \(who): " + list.joined(separator: "; "), fix: fix(record.month))
    }
}
