import Foundation
import JixiaoCore

/// The `.jixiao-manifest` file of a published site: what the next build needs to reuse
/// unchanged files and to tell that nothing changed. Plain text, one record a line, sorted,
/// the same bytes for the same input (see docs/site.md, "Rebuilds"):
///
/// ```
/// jixiao-manifest 2
/// input 5f0c…e1a2            the input fingerprint (32 hex digits)
/// group 83d1…0c2e body:policies/attendance.md   each input group's hash (``InputGroups``)
/// locale zh-CN               the interface language the site was built in
/// shells 4b07…99a1 48213     hash and size of `.jixiao-policy-shells` (``PolicyShells``), when written
/// warning ["data/…",3,7,…]   each warning of the build, as a JSON array
/// file 9ae1…77c0 5123 index.html   content hash (XXH64), size in bytes, relative path
/// ```
package struct SiteManifest: Sendable, Equatable {
    /// One output file.
    package struct Entry: Sendable, Equatable {
        /// Size in bytes.
        package var size: Int
        /// XXH64 of the bytes.
        package var hash: UInt64
    }

    /// The manifest's file name inside the site, beside ``OutputSafety/markerName``.
    package static let fileName = ".jixiao-manifest"
    /// The policy shells file's name inside the site (see ``PolicyShells``).
    package static let shellsFileName = ".jixiao-policy-shells"
    /// The first line.
    static let header = "jixiao-manifest 2"

    /// The build record: input fingerprint, language and warnings.
    package var record: BuildRecord
    /// The files by relative path.
    package var files: [String: Entry]
    /// The hash and size of the policy shells file (``record``'s `shells`), when there is one;
    /// read from a manifest (whose record then holds no shells text).
    package var shells: Entry?

    /// A manifest.
    package init(record: BuildRecord, files: [String: Entry]) {
        self.record = record
        self.files = files
        shells = record.shells.isEmpty ? nil : Self.entry(of: record.shells)
    }

    /// The hash and size of a text's UTF-8 bytes.
    static func entry(of text: String) -> Entry {
        let bytes = Array(text.utf8)
        return Entry(size: bytes.count, hash: ContentHash.of(bytes))
    }

    /// The text of the manifest.
    package var text: String {
        var lines = [Self.header, "input " + record.input]
        lines += record.groups.keys.sorted().filter { !$0.contains("\n") }.map { "group \(record.groups[$0]!) \($0)" }
        lines.append("locale " + record.locale)
        if let shells { lines.append("shells \(ContentHash.hex(shells.hash)) \(shells.size)") }
        lines += record.warnings.map { "warning " + Self.encode($0) }
        for path in files.keys.sorted() where !path.contains("\n") {
            let entry = files[path]!
            lines.append("file \(ContentHash.hex(entry.hash)) \(entry.size) \(path)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a manifest; `nil` when the text is not one (a damaged manifest only means
    /// nothing is reused).
    package init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(Self.header) else { return nil }
        var record = BuildRecord(input: "", locale: "", warnings: [])
        var files: [String: Entry] = [:]
        var shells: Entry?
        for line in lines {
            guard let space = line.firstIndex(of: " ") else { return nil }
            let value = line[line.index(after: space)...]
            switch line[..<space] {
            case "input": record.input = String(value)
            case "locale": record.locale = String(value)
            case "group":
                let parts = value.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                record.groups[String(parts[1])] = String(parts[0])
            case "shells":
                let parts = value.split(separator: " ")
                guard parts.count == 2, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
                shells = Entry(size: size, hash: hash)
            case "warning":
                guard let warning = Self.decode(value) else { return nil }
                record.warnings.append(warning)
            case "file":
                let parts = value.split(separator: " ", maxSplits: 2)
                guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
                files[String(parts[2])] = Entry(size: size, hash: hash)
            default: return nil
            }
        }
        self.init(record: record, files: files)
        self.shells = shells
    }

    /// A warning as a one-line JSON array: file, line, column, cell, message, fix, excerpt.
    static func encode(_ d: Diagnostic) -> String {
        let fields: [Any] = [
            d.location.file, d.location.line ?? NSNull(), d.location.column ?? NSNull(), d.location.cell ?? NSNull(),
            d.message, d.fix ?? NSNull(), d.excerpt ?? NSNull(),
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.withoutEscapingSlashes]) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The warning ``encode(_:)`` wrote, or `nil`.
    static func decode(_ text: Substring) -> Diagnostic? {
        guard let fields = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any], fields.count == 7,
            let file = fields[0] as? String, let message = fields[4] as? String
        else { return nil }
        var location = SourceLocation(file: file, line: fields[1] as? Int, column: fields[2] as? Int)
        location.cell = fields[3] as? String
        return Diagnostic(.warning, at: location, message, fix: fields[5] as? String, excerpt: fields[6] as? String)
    }
}
