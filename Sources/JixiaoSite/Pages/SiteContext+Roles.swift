import JixiaoRules

extension SiteContext {
    /// The display name of a role in the site's language (from `roles.csv`); the id itself
    /// when the content declares no roles, "" for none.
    func roleName(_ id: String?) -> String {
        guard let id, !id.isEmpty else { return "" }
        guard let role = content.organisation.role(id: id) else { return id }
        return loc.name(role.name, english: role.nameEN)
    }
}
