import JixiaoCore

extension Checker {
    /// When site.yaml declares an English site (`title_en` or `company_en`), one warning per
    /// policy that leaves Chinese display texts without English (its title, summary, version
    /// notes and every rule text that has an `*_en` twin), listing them, and one per
    /// departments.csv or roles.csv line without `name_en`. Such texts stay Chinese on the
    /// English site; nothing else changes. Content without an English site gets no warnings.
    static func missingEnglish(content: Content, versions: [CompiledVersion]) -> [Diagnostic] {
        guard content.settings.titleEN != nil || content.settings.companyEN != nil else { return [] }
        func chinese(_ text: String?) -> Bool { text?.unicodeScalars.contains { $0.properties.isIdeographic } ?? false }
        var found: [Diagnostic] = []
        for (index, policy) in content.policies.enumerated() {
            var missing: [String] = []
            if chinese(policy.title) && policy.titleEN == nil { missing.append("title") }
            if chinese(policy.summary) && policy.summaryEN == nil { missing.append("summary") }
            for version in versions where version.policyIndex == index {
                if chinese(version.changes) && version.changesEN == nil { missing.append("changes of \(version.effective)") }
                for t in version.rules.displayTexts where t.english == nil && chinese(t.text) && !missing.contains(t.what) {
                    missing.append(t.what)
                }
            }
            guard !missing.isEmpty else { continue }
            found.append(
                .warning(
                    policy.location,
                    "\(policy.fileName) has no English for: \(missing.joined(separator: ", ")) — they stay Chinese on the English site",
                    fix:
                        "add title_en, summary_en, changes_en, or name_en / message_en / reason_en / alert_en / note_en / measure_en / target_en / source_en / dimension_en beside each text"
                ))
        }
        for d in content.organisation.departments where chinese(d.name) && d.nameEN == nil {
            found.append(.warning(d.location, "department \(d.id) (\(d.name)) has no English name", fix: "fill its name_en column"))
        }
        for r in content.organisation.roles where chinese(r.name) && r.nameEN == nil {
            found.append(.warning(r.location, "role \(r.id) (\(r.name)) has no English name", fix: "fill its name_en column"))
        }
        return found
    }
}
