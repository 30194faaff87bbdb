/// Typed reading of YAML values with errors at the value's own place.
extension YAMLValue {
    /// Reports a wrong-type error and returns `nil`.
    private func wrongType<T>(_ expected: String, _ what: String, _ diagnostics: inout Diagnostics, example: String) -> T? {
        diagnostics.error(location, "\(what) must be \(expected), but it is \(kindName)", fix: "write it like \(example)")
        return nil
    }

    /// Reads text (numbers written plainly are accepted as their text).
    public func string(_ what: String, _ diagnostics: inout Diagnostics) -> String? {
        if let text = scalarText { return text }
        return wrongType("text", what, &diagnostics, example: "\(what.split(separator: " ").last ?? ""): 文本")
    }

    /// Reads a number (`30`, `5.5%`, `12,500`).
    public func number(_ what: String, _ diagnostics: inout Diagnostics) -> DecimalNumber? {
        if let text = scalarText {
            if let value = DecimalNumber(parsing: text) { return value }
            diagnostics.error(
                location, "\(what) must be a number, but it is \(text.quotedForMessage())", fix: "write a number such as 30, 0.8 or 5.5%")
            return nil
        }
        return wrongType("a number", what, &diagnostics, example: "30")
    }

    /// Reads a whole number.
    public func integer(_ what: String, _ diagnostics: inout Diagnostics) -> Int? {
        if let text = scalarText {
            if let value = Int(text.trimmingSpaces) { return value }
            diagnostics.error(
                location, "\(what) must be a whole number, but it is \(text.quotedForMessage())", fix: "write a whole number such as 3")
            return nil
        }
        return wrongType("a whole number", what, &diagnostics, example: "3")
    }

    /// Reads `true`/`false` (also yes/no).
    public func bool(_ what: String, _ diagnostics: inout Diagnostics) -> Bool? {
        if let text = scalarText {
            switch text.lowercased() {
            case "true", "yes", "on", "是": return true
            case "false", "no", "off", "否": return false
            default:
                diagnostics.error(
                    location, "\(what) must be true or false, but it is \(text.quotedForMessage())", fix: "write true or false")
                return nil
            }
        }
        return wrongType("true or false", what, &diagnostics, example: "true")
    }

    /// Reads a month `YYYY-MM`.
    public func month(_ what: String, _ diagnostics: inout Diagnostics) -> Month? {
        if let text = scalarText {
            if let value = Month(parsing: text) { return value }
            let reason = Month.problem(parsing: text).map { " (\($0))" } ?? ""
            diagnostics.error(
                location, "\(what) must be a month written YYYY-MM, but it is \(text.quotedForMessage())\(reason)",
                fix: "write it like 2026-01")
            return nil
        }
        return wrongType("a month", what, &diagnostics, example: "2026-01")
    }

    /// Reads a list of texts; a single text is accepted as a one-item list.
    public func stringList(_ what: String, _ diagnostics: inout Diagnostics) -> [String]? {
        if case .null = kind { return [] }
        if let text = scalarText { return [text] }
        guard let items else { return wrongType("a list", what, &diagnostics, example: "[a, b]") }
        var result: [String] = []
        for item in items {
            guard let text = item.string("each item of \(what)", &diagnostics) else { return nil }
            result.append(text)
        }
        return result
    }

    /// Reads a mapping and reports keys that are not in `allowed` (with a suggestion for typos).
    public func mapping(_ what: String, allowed: [String], _ diagnostics: inout Diagnostics) -> [String: YAMLValue]? {
        guard let pairs else {
            return wrongType("a mapping of key: value lines", what, &diagnostics, example: "key: value")
        }
        var result: [String: YAMLValue] = [:]
        for pair in pairs {
            if allowed.contains(pair.key) {
                result[pair.key] = pair.value
            } else {
                let suggestion = Suggest.closest(to: pair.key, in: allowed)
                diagnostics.error(
                    pair.keyLocation, "unknown key \(pair.key.quotedForMessage()) in \(what)",
                    fix: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "known keys: \(allowed.joined(separator: ", "))")
            }
        }
        return result
    }
}
