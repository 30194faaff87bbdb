import Yams

/// Parses YAML text with Yams into `YAMLValue`s whose locations are real file positions.
public enum YAMLParser {
    /// Parses `text`, which starts at line `firstLine` of `file`. Syntax errors become one
    /// diagnostic with the line and column Yams reports.
    public static func parse(_ text: String, file: String, firstLine: Int = 1) -> Result<YAMLValue, Diagnostic> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            return .failure(.error(SourceLocation(file: file, line: firstLine), "YAML could not be read: \(error)"))
        }
        guard let node else { return .success(YAMLValue(.null, at: SourceLocation(file: file, line: firstLine, column: 1))) }
        return convert(node, file: file, lineOffset: firstLine - 1)
    }

    private static func location(_ mark: Mark?, file: String, lineOffset: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int) -> Result<YAMLValue, Diagnostic> {
        switch node {
        case .scalar(let scalar):
            let loc = location(scalar.mark, file: file, lineOffset: lineOffset)
            let plain = scalar.style == .plain || scalar.style == .any
            if plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .success(YAMLValue(.null, at: loc))
            }
            return .success(YAMLValue(.scalar(scalar.string, quoted: !plain), at: loc))
        case .mapping(let mapping):
            let loc = location(mapping.mark, file: file, lineOffset: lineOffset)
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    return .failure(
                        .error(
                            location(key.mark, file: file, lineOffset: lineOffset),
                            "a mapping key must be plain text", fix: "write the key as a word followed by a colon"))
                }
                let keyLoc = location(keyScalar.mark, file: file, lineOffset: lineOffset)
                if pairs.contains(where: { $0.key == keyScalar.string }) {
                    return .failure(
                        .error(
                            keyLoc, "the key \"\(keyScalar.string)\" appears twice in the same mapping",
                            fix: "keep one of them"))
                }
                switch convert(value, file: file, lineOffset: lineOffset) {
                case .success(let v): pairs.append(YAMLPair(key: keyScalar.string, keyLocation: keyLoc, value: v))
                case .failure(let d): return .failure(d)
                }
            }
            return .success(YAMLValue(.mapping(pairs), at: loc))
        case .sequence(let sequence):
            let loc = location(sequence.mark, file: file, lineOffset: lineOffset)
            var items: [YAMLValue] = []
            for item in sequence {
                switch convert(item, file: file, lineOffset: lineOffset) {
                case .success(let v): items.append(v)
                case .failure(let d): return .failure(d)
                }
            }
            return .success(YAMLValue(.sequence(items), at: loc))
        case .alias(let alias):
            return .failure(
                .error(
                    location(alias.mark, file: file, lineOffset: lineOffset),
                    "YAML aliases (*name) are not supported", fix: "write the value out in full"))
        }
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        let fix = "check the indentation (spaces, not tabs), that every key is followed by ': ', and that quotes and brackets are closed"
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax error: \(problem)"
            if problem.hasPrefix("Maximum nesting level reached") {
                message = "YAML syntax error: lists and mappings are nested more than 1,000 levels deep"
            } else if let context {
                message += " (\(context.text))"
            }
            return .error(SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column), message, fix: fix)
        case .reader(let problem, let offset, let value, let yaml):
            return readerDiagnostic(problem, offset: offset, value: value, in: yaml, file: file, firstLine: firstLine)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates.first ?? "", first: context.mark, in: context.text, file: file, firstLine: firstLine)
        default:
            return .error(SourceLocation(file: file, line: firstLine), "YAML could not be read: \(error)", fix: fix)
        }
    }
}
