import Foundation
import JixiaoCore
import JixiaoRules

/// The input of a build hashed in groups, so that a rebuild can tell what kind of input
/// changed (see docs/site.md, "Reusing the previous site"):
///
/// - `options`: the generator version and the options that change the output;
/// - `site`: `site.yaml`; `people`: the other files at the top of the content folder
///   (departments, employees, roles, transfers, pay changes, measures, adjustments, assessments);
/// - `month:YYYY-MM`: the files of one month's data folder (`data`: any other file in `data/`);
/// - `rules:policies/NAME.md`: a policy's encoding and front matter (title, rules, …) and the
///   line its body starts on; `body:policies/NAME.md`: its Markdown body, split from the front
///   matter exactly as the content loader splits it (a file it cannot split is all `rules:`);
/// - `templates`: the built-in templates, assets and locales and the content's overrides;
/// - `other`: any other content file (closed months, …).
///
/// Each group's hash covers its files' paths and bytes: 16 hexadecimal digits (XXH64).
package struct InputGroups: Sendable {
    private var hashers: [String: ContentHash] = [:]

    /// No groups yet.
    package init() {}

    /// Adds text to a group.
    package mutating func add(_ group: String, _ text: String) {
        hashers[group, default: ContentHash(seed: 3)].update(text)
    }

    /// Adds one input file (`label` is `content` or `site-templates`; `data` is `nil` when
    /// the file could not be read).
    package mutating func file(label: String, path: String, data: Data?) {
        let group = Self.group(label: label, path: path)
        guard let data else { return add(group, "\(path) unreadable\n") }
        if group.hasPrefix("rules:"), path.hasSuffix(".md"), let (text, encoding) = TextDecoding.decode(data),
            let split = ContentLoader.splitFrontMatter(text)
        {
            add(group, "\(path) \(encoding.rawValue) \(split.yamlLine) \(split.bodyLine)\n\(split.yaml)\n")
            add("body:" + path, "\(path)\n\(split.body)\n")
            return
        }
        add(group, "\(path) \(data.count)\n")
        data.withUnsafeBytes { bytes in hashers[group, default: ContentHash(seed: 3)].update(bytes) }
    }

    /// The hash of every group, as hexadecimal digits.
    package func finish() -> [String: String] {
        hashers.mapValues { ContentHash.hex($0.finish()) }
    }

    /// The group of an input file.
    static func group(label: String, path: String) -> String {
        guard label == "content" else { return "templates" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return path == "site.yaml" ? "site" : "people" }
        switch parts[0] {
        case "templates", "locales", "assets": return "templates"
        case "data": return parts.count > 2 ? "month:" + parts[1] : "data"
        case "policies": return parts.count == 2 ? "rules:" + path : "other"
        default: return "other"
        }
    }

    /// The groups in which `new` differs from `old` (present in one only, or with another hash).
    package static func changed(from old: [String: String], to new: [String: String]) -> Set<String> {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
    }
}
