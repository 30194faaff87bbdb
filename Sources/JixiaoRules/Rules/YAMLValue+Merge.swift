import JixiaoCore
import JixiaoMarkdown
extension YAMLValue {
    /// Deep-merges `override` onto `self`, the way a policy version changes only what it
    /// names: mappings merge key by key; lists whose entries all have an `id` merge entry by
    /// entry (same id replaced, new ids appended); anything else is replaced.
    public func merged(with override: YAMLValue) -> YAMLValue {
        switch (kind, override.kind) {
        case (.mapping(let base), .mapping(let changes)):
            var pairs = base
            for change in changes {
                if let i = pairs.firstIndex(where: { $0.key == change.key }) {
                    pairs[i].value = pairs[i].value.merged(with: change.value)
                } else {
                    pairs.append(change)
                }
            }
            return YAMLValue(.mapping(pairs), at: location)
        case (.sequence(let base), .sequence(let changes)):
            let baseIDs = base.map { $0["id"]?.scalarText }
            let changeIDs = changes.map { $0["id"]?.scalarText }
            guard !base.isEmpty, baseIDs.allSatisfy({ $0 != nil }), changeIDs.allSatisfy({ $0 != nil }) else { return override }
            var items = base
            for (change, id) in zip(changes, changeIDs) {
                if let i = items.firstIndex(where: { $0["id"]?.scalarText == id }) {
                    items[i] = items[i].merged(with: change)
                } else {
                    items.append(change)
                }
            }
            return YAMLValue(.sequence(items), at: location)
        default:
            return override
        }
    }

    /// Where the formula text of a scalar starts (after an opening quote).
    var formulaOrigin: SourceLocation {
        if case .scalar(_, let quoted) = kind, quoted, let column = location.column {
            return SourceLocation(file: location.file, line: location.line, column: column + 1)
        }
        return location
    }

    /// Reads a formula: text, or a plain number written without quotes.
    func formula(_ what: String, _ diagnostics: inout Diagnostics) -> FormulaSource? {
        guard let text = string(what, &diagnostics) else { return nil }
        if text.trimmingSpaces.isEmpty {
            diagnostics.error(location, "\(what) is empty", fix: "write a formula such as 30 * sales / sales_target")
            return nil
        }
        return FormulaSource(text, at: formulaOrigin)
    }
}
