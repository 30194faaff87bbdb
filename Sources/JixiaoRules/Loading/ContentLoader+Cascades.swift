import Foundation
import JixiaoCore

/// Root causes first: when employees.csv (or departments.csv) has errors, every reference to
/// a person (or department) it could not provide would be reported again, once per data row.
/// Those follow-on errors are dropped and summed up in one line at the root file.
extension ContentLoader {
    /// A table others refer to by id, and the messages that report a reference it lacks.
    struct CascadeRoot: Sendable {
        var base: String
        var references: [String]
    }

    /// The tables whose errors cause follow-on errors elsewhere.
    static let cascadeRoots = [
        CascadeRoot(base: "employees", references: ["unknown employee ", "unknown manager ", "has unknown head "]),
        CascadeRoot(base: "departments", references: ["unknown department ", "has unknown parent "]),
    ]

    /// The diagnostics with follow-on errors of a broken employees or departments table
    /// replaced by one warning per table that says how many rows were not checked and why.
    func suppressingCascades(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result = diagnostics
        for root in Self.cascadeRoots {
            let path = tableFile(root.base)
            guard result.contains(where: { $0.severity == .error && $0.location.file == path }) else { continue }
            let provided = idsWritten(in: path)
            var files: Set<String> = []
            var count = 0
            result.removeAll { diagnostic in
                guard diagnostic.severity == .error, root.references.contains(where: diagnostic.message.contains),
                    let id = Self.firstQuoted(diagnostic.message), provided.map({ $0.contains(id) }) ?? true
                else { return false }
                count += 1
                files.insert(diagnostic.location.file.hasPrefix("data/") ? "data/" : diagnostic.location.file)
                return true
            }
            guard count > 0 else { continue }
            let places = files.sorted().map { $0 == "data/" ? "under data/" : "in \($0)" }.joined(separator: " and ")
            let reason = provided == nil ? "could not be read" : "has errors in the rows they refer to"
            result.append(
                .warning(
                    SourceLocation(file: path), "\(Self.grouped(count)) rows \(places) not checked because \(path) \(reason)",
                    fix: "fix the errors in \(path) first, then check again"))
        }
        // Keep the place order (stable), with the summaries among their root file's errors.
        return result.enumerated().sorted { a, b in
            a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
        }.map(\.element)
    }

    /// The ids written in a table's id column, rows with errors included; `nil` when the
    /// file cannot be read as a table at all.
    func idsWritten(in path: String) -> Set<String>? {
        var scratch = Diagnostics()
        guard let table = readCSV(path, &scratch) else { return nil }
        var ids: Set<String> = []
        if let column = table.column(named: "id") {
            for row in 0..<table.rowCount { ids.insert(table.string(row, column)) }
        }
        guard scratch.hasErrors, table.column(named: "id") == 0, let data = try? fileSystem.read(path),
            let (text, _) = TextDecoding.decode(data)
        else { return ids }
        // Rows the parser skipped (e.g. with too many fields) still name their id first.
        for line in text.split(whereSeparator: \.isNewline) {
            let first = line.prefix { $0 != "," }.trimmingCharacters(in: .whitespaces)
            ids.insert(first.hasPrefix("\"") ? String(first.dropFirst().prefix { $0 != "\"" }) : first)
        }
        return ids
    }

    /// The text between the first pair of double quotes in a message.
    static func firstQuoted(_ message: String) -> String? {
        let parts = message.split(separator: "\"", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 3 ? String(parts[1]) : nil
    }

    /// A count with thousands separators: 1,735.
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count))
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
