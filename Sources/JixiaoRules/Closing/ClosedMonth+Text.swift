import Foundation
import JixiaoCore

extension ClosedMonth {
    /// The record as deterministic JSON: keys sorted, two-space indent, one figure per line,
    /// every value a string (so a diff of two records reads figure by figure).
    public var text: String {
        var leaves = [
            ClosedFigure(["closed_on"], closedOn.description), ClosedFigure(["format"], Self.format),
            ClosedFigure(["month"], month.description), ClosedFigure(["note"], note),
        ]
        if let reopenedOn { leaves.append(ClosedFigure(["reopened_on"], reopenedOn.description)) }
        leaves += figures
        leaves.sort(by: ClosedFigure.byPath)
        var lines = ["{"]
        var open: [String] = []
        var hasMember = [false]
        for leaf in leaves {
            let containers = Array(leaf.path.dropLast())
            var common = 0
            while common < open.count, common < containers.count, open[common] == containers[common] { common += 1 }
            while open.count > common {
                open.removeLast()
                hasMember.removeLast()
                lines.append(String(repeating: "  ", count: open.count + 1) + "}")
            }
            for key in containers[common...] {
                if hasMember[open.count] { lines[lines.count - 1] += "," }
                hasMember[open.count] = true
                lines.append(String(repeating: "  ", count: open.count + 1) + JSONWriter.quote(key) + ": {")
                open.append(key)
                hasMember.append(false)
            }
            if hasMember[open.count] { lines[lines.count - 1] += "," }
            hasMember[open.count] = true
            lines.append(
                String(repeating: "  ", count: open.count + 1) + JSONWriter.quote(leaf.path.last ?? "") + ": "
                    + JSONWriter.quote(leaf.value))
        }
        while !open.isEmpty {
            open.removeLast()
            lines.append(String(repeating: "  ", count: open.count + 1) + "}")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a record as ``text`` writes it (one key per line); every problem is a diagnostic
    /// at its line in `file`.
    public static func parse(_ text: String, file: String) -> Result<ClosedMonth, DiagnosticError> {
        var leaves: [ClosedFigure] = []
        var open: [String] = []
        var depth = 0
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let location = SourceLocation(file: file, line: n + 1, column: 1)
            if line.isEmpty { continue }
            if line == "{" && depth == 0 {
                depth = 1
                continue
            }
            if line == "}" || line == "}," {
                guard depth > 0 else { return .failure(DiagnosticError(malformed(location))) }
                if depth > 1 { open.removeLast() }
                depth -= 1
                continue
            }
            guard depth > 0, let pair = keyAndValue(line) else {
                return .failure(DiagnosticError(malformed(location)))
            }
            let (key, value) = pair
            if let value {
                leaves.append(ClosedFigure(open + [key], value, line: n + 1))
            } else {
                open.append(key)
                depth += 1
            }
        }
        return record(from: leaves, file: file)
    }

    /// `"key": "value"` (with or without a comma) or `"key": {`; `nil` for anything else.
    static func keyAndValue(_ line: String) -> (String, String?)? {
        var body = line
        if body.hasSuffix(",") { body.removeLast() }
        let opens = body.hasSuffix("{")
        let wrapped = "{" + body + (opens ? "}}" : "}")
        guard let object = try? JSONSerialization.jsonObject(with: Data(wrapped.utf8)) as? [String: Any], object.count == 1,
            let key = object.keys.first, let value = object[key]
        else { return nil }
        if opens { return (value as? [String: Any])?.isEmpty == true ? (key, nil) : nil }
        return (value as? String).map { (key, $0) }
    }

    /// The record from its leaves: the header fields, then the figures.
    static func record(from leaves: [ClosedFigure], file: String) -> Result<ClosedMonth, DiagnosticError> {
        func header(_ key: String) -> ClosedFigure? { leaves.first { $0.path == [key] } }
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard header("format")?.value == format else {
            return .failure(
                DiagnosticError(
                    .error(
                        top, "this is not a closed-month record (\"format\": \"\(format)\" is missing)",
                        fix: "restore it from version control, or reopen and close the month again with jixiao close")))
        }
        guard let month = header("month").flatMap({ Month(parsing: $0.value) }),
            let closedOn = header("closed_on").flatMap({ Day(parsing: $0.value) })
        else {
            return .failure(
                DiagnosticError(
                    .error(
                        top, "the record has no valid \"month\" (YYYY-MM) or \"closed_on\" (YYYY-MM-DD)",
                        fix: "restore it from version control")))
        }
        var reopenedOn: Day? = nil
        if let r = header("reopened_on") {
            guard let day = Day(parsing: r.value) else {
                return .failure(
                    DiagnosticError(
                        .error(
                            SourceLocation(file: file, line: r.line, column: 1), "\"reopened_on\" \"\(r.value)\" is not a date",
                            fix: "write YYYY-MM-DD, or run jixiao close --reopen")))
            }
            reopenedOn = day
        }
        let figures = leaves.filter { $0.path.count > 1 }
        return .success(
            ClosedMonth(
                month: month, closedOn: closedOn, note: header("note")?.value ?? "", reopenedOn: reopenedOn, figures: figures))
    }

    /// The error for a line that is not part of a record as `jixiao close` writes it.
    static func malformed(_ location: SourceLocation) -> Diagnostic {
        .error(
            location, "this line is not part of a closed-month record as jixiao close writes it (one \"key\": \"value\" per line)",
            fix: "restore the file from version control; figures of a closed month are never edited by hand")
    }
}
