import JixiaoCore
import JixiaoRules

extension EditionScoper {
    /// Rankings in scope: a department's ranking when the department is in scope; company-wide
    /// rankings (company, roles) with only the rows in scope but their company ranks and
    /// percentiles, and the allowed company figures of each. A role ranking with no one in
    /// scope is left out (its name would tell of other departments' roles).
    func scopedRankings() -> ([Ranking], [String: CompanyFigures]) {
        var rankings: [Ranking] = []
        var figures: [String: CompanyFigures] = [:]
        for ranking in analytics.rankings {
            var r = ranking
            if case .department(let d) = ranking.group, !scope.contains(d) { continue }
            r.entries = ranking.entries.renumbered { e in periodInScope(e, ranking.period) ? newIndex[e] : nil }
            r.notAssessed = ranking.notAssessed.compactMap { item in
                periodInScope(item.employee, ranking.period) ? (employee: newIndex[item.employee], reason: item.reason) : nil
            }
            switch ranking.group {
            case .department: break
            case .company:
                figures[CompanyFigures.key(ranking.period, ranking.group)] = CompanyFigures(
                    ranking, analytics: analytics, allowed: content.settings.editions.companyFigures)
            case .role:
                if r.entries.isEmpty && r.notAssessed.isEmpty { continue }
                figures[CompanyFigures.key(ranking.period, ranking.group)] = CompanyFigures(
                    ranking, analytics: analytics, allowed: content.settings.editions.companyFigures)
            }
            rankings.append(r)
        }
        return (rankings, figures)
    }

    /// The content with only the departments and people in scope. The edition's department
    /// becomes a top-level one; a person who has since moved out keeps the department and
    /// role of their last month in scope; managers, heads and transfers outside scope are dropped;
    /// the role names kept are those of the roles held by someone in scope.
    func scopedContent() -> Content {
        let organisation = content.organisation
        let keptIDs = Set(kept.map { organisation.employees[$0].id })
        let departments = organisation.departments.filter { scope.contains($0.id) }.map { d -> Department in
            var d = d
            if d.id == scope.root { d.parent = nil }
            if let head = d.head, !keptIDs.contains(head) { d.head = nil }
            return d
        }
        let employees = kept.map { old -> Employee in
            var employee = organisation.employees[old]
            if !scope.contains(employee.department),
                let last = results.results(ofEmployee: old).last(where: { scope.contains($0.department) })
            {
                employee.department = last.department
                employee.role = last.role
            }
            if let manager = employee.manager, !keptIDs.contains(manager) { employee.manager = nil }
            return employee
        }
        let transfers = organisation.transfers.filter {
            keptIDs.contains($0.employee) && scope.contains($0.from) && scope.contains($0.to)
        }
        var scoped = content
        scoped.assessments = []  // consumed by the rules stage; their employee indexes would be stale here
        // Only the roles someone in scope holds (another department's role names stay out) and
        // only the pay changes of people in scope.
        let heldRoles = Set(employees.map(\.role)).union(kept.flatMap { results.results(ofEmployee: $0).filter { scope.contains($0.department) }.map(\.role) })
        scoped.organisation = Organisation(
            departments: departments, employees: employees, transfers: transfers, attributeNames: organisation.attributeNames,
            roles: organisation.roles.filter { heldRoles.contains($0.id) },
            payChanges: organisation.payChanges.filter { keptIDs.contains($0.employee) })
        return scoped
    }

    /// The person-months, department results and alerts in scope, renumbered.
    func scopedResults() -> Results {
        let keptIDs = Set(kept.map { content.organisation.employees[$0].id })
        var scoped = results
        var people: [PersonMonthResult] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(kept.count)
        for (new, old) in kept.enumerated() {
            let start = people.count
            for result in results.results(ofEmployee: old) where scope.contains(result.department) {
                var r = result
                r.employee = new
                r.alerts = result.alerts.compactMap(alert)
                r.stages = result.stages.map { Self.withholdReviewer($0, keeping: keptIDs) }
                people.append(r)
            }
            ranges.append(start..<people.count)
        }
        scoped.people = people
        scoped.rangeOfEmployee = ranges
        scoped.departments = results.departments.filter { scope.contains($0.department) }
        scoped.alerts = results.alerts.compactMap(alert)
        return scoped
    }

    /// A stage whose reviewer is outside the edition (not one of its people) keeps only the
    /// fact that someone handed it in: the id is withheld.
    static func withholdReviewer(_ stage: StageStatus, keeping ids: Set<String>) -> StageStatus {
        guard let reviewer = stage.reviewer, !ids.contains(reviewer) else { return stage }
        var s = stage
        s.reviewer = nil
        s.reviewerOutside = true
        return s
    }
}
