import JixiaoCore

extension ClosedMonth {
    /// Every figure published for `month`: per person (`people.<id>.…`) the name (for the
    /// reader; never compared), assessment, item values, score, grade, coefficient, pay items,
    /// adjustments and pay total; per department (`totals.<id>.…`, sub-departments included as
    /// on the period page) the head count, people assessed and not, mean score, grade counts,
    /// pay total and the department scorecard's score and grade.
    public static func figures(month: Month, content: Content, results: Results, analytics: Analytics) -> [ClosedFigure] {
        var figures: [ClosedFigure] = []
        let employees = content.organisation.employees
        var headCount: [String: Int] = [:]
        for (e, employee) in employees.enumerated() {
            guard let r = results.result(employee: e, month: month) else { continue }
            for d in content.organisation.departmentChain(r.department) { headCount[d, default: 0] += 1 }
            figures += personFigures(r, id: employee.id, name: employee.name, content: content, results: results)
        }
        for department in content.organisation.departments {
            let count = headCount[department.id] ?? 0
            let summary = analytics.summary(department.id, .month(month))
            let card = results.departments.first { $0.department == department.id && $0.month == month }
            guard count > 0 || summary != nil || card != nil else { continue }
            let base = ["totals", department.id]
            figures.append(ClosedFigure(base + ["head_count"], String(count)))
            if let s = summary {
                figures.append(ClosedFigure(base + ["assessed"], String(s.assessed)))
                figures.append(ClosedFigure(base + ["not_assessed"], String(s.notAssessed)))
                if let mean = s.mean { figures.append(ClosedFigure(base + ["mean"], mean.plainText)) }
                for (grade, n) in s.grades { figures.append(ClosedFigure(base + ["grades", grade], String(n))) }
                figures.append(ClosedFigure(base + ["pay_total"], s.payTotal.plainText))
            }
            if let card {
                if let score = card.score { figures.append(ClosedFigure(base + ["scorecard", "score"], score.plainText)) }
                let bands = results.versions.version(policy: card.policy, month: month)?.rules.scorecard?.grades
                if let g = card.gradeIndex, let bands { figures.append(ClosedFigure(base + ["scorecard", "grade"], bands[g].id)) }
            }
        }
        return figures.sorted(by: ClosedFigure.byPath)
    }

    /// One person's figures for the month.
    static func personFigures(_ r: PersonMonthResult, id: String, name: String, content: Content, results: Results) -> [ClosedFigure] {
        let base = ["people", id]
        var figures = [ClosedFigure(base + ["name"], name), ClosedFigure(base + ["assessment"], r.assessment.code)]
        func add(_ keys: [String], _ value: DecimalNumber?) {
            if let value { figures.append(ClosedFigure(base + keys, value.plainText)) }
        }
        var seen = Set<[String]>()
        func unique(_ group: String, _ id: String) -> [String] {
            var candidate = [group, id]
            var n = 1
            while !seen.insert(candidate).inserted { n += 1; candidate = [group, "\(id)#\(n)"] }
            return candidate
        }
        for item in r.items { add(unique("items", item.id), item.value) }
        add(["score"], r.score)
        let card = r.scorecardPolicy.flatMap { results.versions.version(policy: $0, month: r.month)?.rules.scorecard }
        if let g = r.gradeIndex, let card { figures.append(ClosedFigure(base + ["grade"], card.grades[g].id)) }
        add(["coefficient"], r.coefficient)
        if r.payPolicy != nil {
            for line in r.pay { add(unique("pay", line.id), line.amount) }
            var adjusted: [String: DecimalNumber] = [:]
            for a in r.adjustments { adjusted[a.item, default: .zero] += a.amount }
            for (item, amount) in adjusted { add(["adjustments", item], amount) }
            add(["pay_total"], r.payTotal)
        }
        return figures
    }
}
