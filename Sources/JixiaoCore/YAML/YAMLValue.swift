/// A YAML value read from a settings file or a policy's front matter, with the place of every
/// node, so that a value of the wrong type can be reported at its own line and column (Yams'
/// `Decodable` errors carry no position).
///
/// Scalars are kept as text; the reader that expects a number, a month or a list interprets
/// them and reports what it expected.
public struct YAMLValue: Sendable, Hashable {
    /// The shape of a value.
    public enum Kind: Sendable, Hashable {
        /// A scalar as written (`quoted` when it was in quotes, so `"30"` stays text).
        case scalar(String, quoted: Bool)
        /// A mapping, keys in the order written.
        case mapping([YAMLPair])
        /// A sequence.
        case sequence([YAMLValue])
        /// `~`, `null` or nothing.
        case null
    }

    /// The value.
    public var kind: Kind
    /// Where the value starts.
    public var location: SourceLocation

    /// Creates a value.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The scalar text, if this is a scalar.
    public var scalarText: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The pairs, if this is a mapping.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items, if this is a sequence.
    public var items: [YAMLValue]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// Whether this is null.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The value at `key`, if this is a mapping that has it.
    public subscript(key: String) -> YAMLValue? {
        pairs?.first { $0.key == key }?.value
    }

    /// A short name of the kind, for messages ("a list", "a mapping"…).
    public var kindName: String {
        switch kind {
        case .scalar(let text, _): return "the text \"\(text)\""
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        case .null: return "nothing"
        }
    }
}

/// A key and its value in a YAML mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key text.
    public var key: String
    /// Where the key is.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLValue

    /// Creates a pair.
    public init(key: String, keyLocation: SourceLocation, value: YAMLValue) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
