import JixiaoCore
import JixiaoMarkdown
import JixiaoRules
extension SiteContext {
    /// The table of contents with what the generator added to the body: the rule tables section
    /// (`tablesHeading`, when it was appended) and one entry per calculator ("个人销售提成计算器"),
    /// nested under it — so a reader asking "what would I get?" reaches a calculator in one tap.
    /// With `languages`, the list is marked as in the body's language and the added entries as
    /// in the page's.
    static func tocAddingRules(_ toc: String, tablesHeading: String?, body: String, languages: PolicyLanguages? = nil) -> String {
        let calculators = calculatorTitles(in: body)
        let toc = languages.map { markedTOC(toc, lang: $0.body) } ?? toc
        guard tablesHeading != nil || !calculators.isEmpty else { return toc }
        let lang = languages.map { " lang=\"\($0.page)\"" } ?? ""
        func item(_ id: String, _ escapedLabel: String) -> String { "<li\(lang)><a href=\"#\(id)\">\(escapedLabel)</a>" }
        let list = calculators.map { item($0.id, $0.label) + "</li>\n" }.joined()
        var items = list
        if let heading = tablesHeading {
            var b = HTMLBuilder()
            b.text(heading)
            items = item("rule-tables", b.html) + (list.isEmpty ? "" : "\n<ul>\n" + list + "</ul>\n") + "</li>\n"
        }
        guard let end = toc.range(of: "</ul>", options: .backwards) else {
            return "<ul class=\"toc\">\n" + items + "</ul>\n"
        }
        return toc.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: items)
    }

    /// The body's table of contents (`<ul class="toc">` of its headings) marked as in `lang`.
    static func markedTOC(_ toc: String, lang: String) -> String {
        let open = "<ul class=\"toc\">"
        guard let start = toc.range(of: open) else { return toc }
        return toc.replacingCharacters(in: start, with: "<ul class=\"toc\" lang=\"\(lang)\">")
    }

    /// The calculators in a rendered body, in page order: each title paragraph the generator
    /// wrote (`<p class="calc-title" id="…">…</p>`, see `RuleTables.openCalculator`; cmark's safe
    /// mode keeps an author from writing one) as its id and its already escaped text.
    static func calculatorTitles(in body: String) -> [(id: String, label: String)] {
        let open = "<p class=\"calc-title\" id=\""
        var found: [(id: String, label: String)] = []
        var rest = body[...]
        while let start = rest.range(of: open) {
            rest = rest[start.upperBound...]
            guard let idEnd = rest.range(of: "\">"), let close = rest.range(of: "</p>") else { break }
            found.append((String(rest[..<idEnd.lowerBound]), String(rest[idEnd.upperBound..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// A policy page.
    func policyPage(_ i: Int) -> PolicyPage {
        let policy = content.policies[i]
        let path = policyPath(i)
        let rendered = policyBodies[i]
        var facts = [Fact(loc["effective"], loc.month(policy.effective))]
        if let owner = policy.owner { facts.append(Fact(loc["owner"], owner)) }
        facts.append(
            Fact(
                loc["departments"],
                policy.departments.isEmpty
                    ? loc["company_wide"] : policy.departments.map(departmentName).joined(separator: loc["list_separator"])))
        let versions = results.versions.filter { $0.policyIndex == i }
        var notes: [Fact] = []
        if versions.count > 1 {
            for v in versions.dropFirst() {
                notes.append(Fact(loc.month(v.effective) + " " + loc["version_from"], v.changes.map(loc.text) ?? ""))
            }
        }
        return PolicyPage(
            chrome: chrome(
                path: path, pageType: "policy", title: policy.title, current: "policies",
                trail: [
                    NavLink(label: loc["policy_index"], href: Self.root(of: path) + "policies/index.html"),
                    NavLink(label: policy.title, href: ""),
                ]),
            title: policy.title, facts: facts, summary: policy.summary ?? "",
            toc: rendered?.tocHTML ?? "", hasTOC: !(rendered?.tocHTML.isEmpty ?? true),
            body: rendered?.html ?? "", bodyLang: policyLanguages?.body ?? "", bodyNotice: bodyLanguageNotice,
            versions: notes, hasVersions: !notes.isEmpty)
    }

    /// The body's and the page's language when the policies are written in another language
    /// than the site's interface (see ``PolicyLanguages``).
    var policyLanguages: PolicyLanguages? { PolicyLanguages.of(content: content.settings.locale, page: loc.locale) }

    /// "The text of this policy is in Chinese; its rules and calculators are in English.", or
    /// empty when the body is in the page's language.
    var bodyLanguageNotice: String {
        guard let languages = policyLanguages else { return "" }
        let key = "language_" + PolicyLanguages.primary(languages.body)
        return loc.format("policy_body_language", ["language": loc.strings[key] ?? languages.body])
    }

    /// The policy index grouped by department.
    func policyIndexPage() -> PolicyIndexPage {
        let path = "policies/index.html"
        let updates = policyUpdates()
        var groups: [PolicyGroup] = []
        func summary(_ i: Int) -> PolicySummary {
            let p = content.policies[i]
            let count = results.versions.filter { $0.policyIndex == i }.count
            return PolicySummary(
                title: p.title, href: "\(p.slug).html", effective: loc.month(p.effective), summary: p.summary ?? "",
                owner: p.owner ?? "", versionNote: count > 1 ? "\(loc["versions"]): \(count)" : "")
        }
        let company = content.policies.indices.filter { content.policies[$0].departments.isEmpty }
        if !company.isEmpty { groups.append(PolicyGroup(heading: loc["company_wide"], policies: company.map(summary))) }
        for d in content.organisation.departments {
            let list = content.policies.indices.filter { content.policies[$0].departments.first == d.id }
            if !list.isEmpty { groups.append(PolicyGroup(heading: departmentName(d.id), policies: list.map(summary))) }
        }
        return PolicyIndexPage(
            chrome: chrome(path: path, pageType: "policy-index", title: loc["policy_index"], current: "policies"),
            groups: groups, updates: updates, hasUpdates: !updates.isEmpty)
    }

    /// Every policy version by effective month, newest first; later versions link to the
    /// version notes of their page (`#h-versions`), first versions to the page.
    func policyUpdates() -> [PolicyUpdateMonth] {
        var firsts: Set<Int> = []
        var byMonth: [Month: [PolicyUpdate]] = [:]
        for v in results.versions.sorted(by: { ($0.policyIndex, $0.effective) < ($1.policyIndex, $1.effective) }) {
            let p = content.policies[v.policyIndex]
            let first = firsts.insert(v.policyIndex).inserted
            byMonth[v.effective, default: []].append(
                PolicyUpdate(
                    title: p.title, href: "\(p.slug).html" + (first ? "" : "#h-versions"),
                    note: first ? loc["version_first"] : v.changes.map(loc.text) ?? ""))
        }
        return byMonth.keys.sorted(by: >).map { PolicyUpdateMonth(month: loc.month($0), entries: byMonth[$0] ?? []) }
    }

    /// The search index script: policies with their body text by section, and departments
    /// (managers only). People are in ``searchPeople()``'s parts.
    func searchIndex() -> String {
        var w = JSONWriter()
        w.beginArray()
        for (i, p) in content.policies.enumerated() {
            w.beginObject()
            w.string("t", p.title)
            w.string("u", policyPath(i))
            w.string("k", "policy")
            w.string("s", ([p.summary ?? "", p.owner ?? ""] + p.tags).joined(separator: " "))
            // The body, one [id, heading, text] triple per section.
            w.beginArray("p")
            for section in policySections?[i] ?? PolicySection.split(policyBodies[i]?.html ?? "") { w.strings(nil, [section.id, section.heading, section.text]) }
            w.endArray()
            w.endObject()
        }
        if managers {
            for d in content.organisation.departments {
                SearchParts.Entry(
                    title: departmentName(d.id), url: departmentPath(d.id), kind: "department", summary: d.id + " " + (d.nameEN ?? "")
                ).write(to: &w)
            }
        }
        w.endArray()
        return "window.JIXIAO_SEARCH = " + w.text + ";\n"
    }

    /// The people of the managers' search index (with id, last department and role), in
    /// parts the browser loads only when a query needs them; `nil` in the staff build.
    func searchPeople() -> SearchParts? {
        guard managers else { return nil }
        var entries: [SearchParts.Entry] = []
        for (e, employee) in content.organisation.employees.enumerated() where !results.results(ofEmployee: e).isEmpty {
            let last = results.results(ofEmployee: e).last
            entries.append(
                SearchParts.Entry(
                    title: employee.name, url: personPath(e), kind: "person",
                    summary: [employee.id, last.map { departmentName($0.department) } ?? "", roleName(last?.role)].joined(separator: " ")))
        }
        return SearchParts(entries: entries, base: content.policies.count + content.organisation.departments.count)
    }
}
