import JixiaoCore
import JixiaoMarkdown
extension ContentLoader {
    /// Keys allowed in a policy's front matter.
    static let policyKeys = ["title", "title_en", "slug", "summary", "summary_en", "departments", "effective", "owner", "tags", "rules", "changes"]

    /// Splits a Markdown file into its YAML front matter and body.
    /// Returns the YAML text, the line it starts on, the body and the line the body starts on.
    package static func splitFrontMatter(_ text: String) -> (yaml: String, yamlLine: Int, body: String, bodyLine: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        guard let first = lines.first, first.trimmingSpaces == "---" else { return nil }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingSpaces == "---" || $0.trimmingSpaces == "..." }) else { return nil }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (yaml, 2, body, end + 3)
    }

    /// Makes an ASCII slug from a file name: lower-case letters, digits and `-`.
    static func slug(_ text: String) -> String { Slug.ascii(text) }

    /// Reads every `policies/*.md`.
    func loadPolicies(organisation: Organisation, _ diagnostics: inout Diagnostics) -> [Policy] {
        guard fileSystem.directoryExists("policies") else {
            diagnostics.warning(
                SourceLocation(file: "policies"), "there is no policies folder, so no rule applies",
                fix: "add policies/*.md with the rules in their front matter")
            return []
        }
        var result: [Policy] = []
        var slugs: [String: String] = [:]
        let departmentIDs = Set(organisation.departments.map(\.id))
        for name in list("policies", &diagnostics) {
            let path = "policies/" + name
            guard name.hasSuffix(".md") else {
                if !fileSystem.directoryExists(path) {
                    diagnostics.warning(
                        SourceLocation(file: path), "only .md files are read in policies/; this file is ignored",
                        fix: "rename it to .md or move it")
                }
                continue
            }
            guard let (map, body, bodyLine) = frontMatter(path, &diagnostics) else { continue }
            let top = SourceLocation(file: path, line: 1)
            let title = map["title"]?.string("title", &diagnostics)
            if map["title"] == nil { diagnostics.error(top, "the policy has no title", fix: "add a line title: … to the front matter") }
            let effective = map["effective"]?.month("effective", &diagnostics)
            if map["effective"] == nil {
                diagnostics.error(
                    top, "the policy has no effective month", fix: "add a line effective: 2026-01 (the first month it applies)")
            }
            let slug = policySlug(name, map, number: result.count + 1, &diagnostics)
            if let other = slugs[slug] {
                diagnostics.error(
                    map["slug"]?.location ?? top, "slug \(slug.quotedForMessage()) is also used by \(other)",
                    fix: "give each policy its own slug")
            }
            slugs[slug] = path
            var departments: [String] = []
            if let v = map["departments"], let list = v.stringList("departments", &diagnostics) {
                departments = knownDepartments(list, at: v.location, departmentIDs: departmentIDs, &diagnostics)
            }
            let tags = map["tags"].flatMap { $0.stringList("tags", &diagnostics) } ?? []
            let summary = map["summary"].flatMap { $0.isNull ? nil : $0.string("summary", &diagnostics) }
            let owner = map["owner"].flatMap { $0.isNull ? nil : $0.string("owner", &diagnostics) }
            let changes = map["changes"].flatMap { $0.isNull ? nil : $0.string("changes", &diagnostics) }
            guard let title, let effective else { continue }
            var policy = Policy(
                file: path, fileName: name, title: title, slug: slug, summary: summary, departments: departments,
                effective: effective, owner: owner, tags: tags, rules: map["rules"], changes: changes,
                body: body, bodyFirstLine: bodyLine, location: top)
            policy.titleEN = map["title_en"].flatMap { $0.isNull ? nil : $0.string("title_en", &diagnostics) }
            policy.summaryEN = map["summary_en"].flatMap { $0.isNull ? nil : $0.string("summary_en", &diagnostics) }
            result.append(policy)
        }
        return result
    }

    /// The front matter of a policy file as a mapping, with the Markdown body and its first
    /// line; `nil` after reporting a missing or malformed front matter.
    func frontMatter(_ path: String, _ diagnostics: inout Diagnostics) -> (map: [String: YAMLValue], body: String, bodyLine: Int)? {
        guard let text = readText(path, &diagnostics) else { return nil }
        guard let (yaml, yamlLine, body, bodyLine) = Self.splitFrontMatter(text) else {
            diagnostics.error(
                SourceLocation(file: path, line: 1), "the policy has no front matter",
                fix: "start the file with a line ---, then title: and effective: lines, then another ---")
            return nil
        }
        switch YAMLParser.parse(yaml, file: path, firstLine: yamlLine) {
        case .success(let value):
            guard let map = value.mapping("the front matter", allowed: Self.policyKeys, &diagnostics) else { return nil }
            return (map, body, bodyLine)
        case .failure(let d):
            diagnostics.report(d)
            return nil
        }
    }

    /// The slug of a policy: its `slug` when valid, else made from the file name, else
    /// `policy-<number>`.
    func policySlug(_ name: String, _ map: [String: YAMLValue], number: Int, _ diagnostics: inout Diagnostics) -> String {
        var slug = Self.slug(String(name.dropLast(3)))
        if let v = map["slug"], let s = v.string("slug", &diagnostics) {
            if Self.slug(s) == s, !s.isEmpty {
                slug = s
            } else {
                diagnostics.error(
                    v.location, "slug \(s.quotedForMessage()) may only hold lower-case ASCII letters, digits and -",
                    fix: "write it like \(Self.slug(s).isEmpty ? "leave-policy" : Self.slug(s))")
            }
        }
        return slug.isEmpty ? "policy-\(number)" : slug
    }

    /// The department ids of `list` that exist; the others are reported at `location`.
    func knownDepartments(
        _ list: [String], at location: SourceLocation, departmentIDs: Set<String>,
        _ diagnostics: inout Diagnostics
    ) -> [String] {
        for id in list where !departmentIDs.contains(id) {
            diagnostics.error(
                location, "unknown department \(id.quotedForMessage()) in departments",
                fix: Suggest.closest(to: id, in: departmentIDs.sorted()).map { "did you mean \($0)?" } ?? "use ids from departments.csv")
        }
        return list.filter { departmentIDs.contains($0) }
    }
}
