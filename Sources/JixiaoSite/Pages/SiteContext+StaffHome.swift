import JixiaoCore
import JixiaoRules
extension SiteContext {
    /// The staff home's policies grouped by department (issue 15, item 5): company-wide
    /// policies first, then each department in the order of departments.csv; a policy for
    /// several departments is listed under each. Every link carries the roles its rules apply
    /// to, for the "applies to me" filter in `jixiao.js`.
    func staffPolicyGroups() -> [StaffPolicyGroup] {
        let links = content.policies.indices.map { i in
            let roles = Set(results.versions.filter { $0.policyIndex == i }.flatMap { $0.rules.scope.roles })
            return PolicyLink(
                label: content.policies[i].title, href: policyPath(i), note: content.policies[i].summary ?? "",
                roles: roles.sorted().joined(separator: " "))
        }
        var groups = [StaffPolicyGroup(id: "policies-company", heading: loc["company"], links: [])]
        for department in content.organisation.departments {
            groups.append(StaffPolicyGroup(id: "policies-" + department.id, heading: loc.name(department.name, english: department.nameEN), links: []))
        }
        for (i, policy) in content.policies.enumerated() {
            let ids = policy.departments.filter { id in groups.contains { $0.id == "policies-" + id } }
            if ids.isEmpty { groups[0].links.append(links[i]) }
            for id in ids { groups[groups.firstIndex { $0.id == "policies-" + id }!].links.append(links[i]) }
        }
        return groups.filter { !$0.links.isEmpty }
    }

    /// The roles the "applies to me" filter offers: every role some policy is limited to, sorted.
    func staffRoleOptions() -> [NavLink] {
        let roles = Set(results.versions.flatMap { $0.rules.scope.roles })
        return roles.sorted().map { NavLink(label: roleName($0), href: $0) }
    }
}
